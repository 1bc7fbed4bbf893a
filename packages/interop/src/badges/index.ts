// Filled by the badges work.
