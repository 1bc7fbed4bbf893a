// Step 4 of the cycle: needs → an optimal plan: filled in by the planning work of issue 10.
export {};
