"""The audited reveal of a reporter's identity: reason, code of conduct, a short showing."""
