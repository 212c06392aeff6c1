"""Database schema shared by the embedded database, the local cache and the central PostgreSQL."""
