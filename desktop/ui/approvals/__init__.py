"""The supervisors' queue of confidential reveals waiting for approval."""
