// Filled by the case work.
