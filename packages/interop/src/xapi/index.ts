// Filled by the xapi work.
