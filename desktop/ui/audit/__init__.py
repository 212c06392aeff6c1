"""The auditor's view of the audit log, with filters and a chain check."""
