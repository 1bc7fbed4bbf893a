// Filled by the streaming work.
