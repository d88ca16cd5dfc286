"""Pure writers of the audit-grid exports (Excel and PDF): plain data in, files out; no SQL, no Qt."""
