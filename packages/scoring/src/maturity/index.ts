// The composite maturity index (OECD/JRC Handbook): filled in by the maturity work of issue 10.
export {};
