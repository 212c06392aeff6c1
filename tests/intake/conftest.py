"""Fixtures for intake tests: the shared Open311 reference files, the schemas, a user."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.roles import Role
from desktop.services.dto import UserSession
from tests.privacy.conftest import central  # noqa: F401 - a seeded central database, users on their own roles

# The reference material lives beside the project checkout, never copied into it.
OPEN311 = Path(__file__).resolve().parents[2].parent / "shared" / "interop" / "open311"


def open311_dir(name: str) -> Path:
    folder = OPEN311 / name
    if not folder.is_dir():
        pytest.fail(f"the Open311 reference {name} is missing: expected {folder} "
                    "(the shared/ folder beside the project checkout)", pytrace=False)
    return folder


def sample_files() -> list[Path]:
    folder = OPEN311 / "samples"
    return sorted(folder.iterdir()) if folder.is_dir() else []


@pytest.fixture(scope="session")
def samples() -> Path:
    return open311_dir("samples")


@pytest.fixture(scope="session")
def requests_validator():
    """A jsonschema validator for a GeoReport v2 ``requests`` document, formats checked."""
    from jsonschema import Draft4Validator, FormatChecker
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    folder = open311_dir("schema")
    resources = [(path.name, Resource.from_contents(json.loads(path.read_text()), default_specification=DRAFT4))
                 for path in folder.glob("*.json") if path.name != "swagger.json"]
    registry = Registry().with_resources(resources)
    schema = json.loads((folder / "requests.json").read_text())
    checker = FormatChecker()
    # Without this the date-time format would silently pass anything.
    assert "date-time" in checker.checkers
    return Draft4Validator(schema, registry=registry, format_checker=checker)


def user(role: Role = Role.OFFICER, user_id: int | None = None, agency_id: int | None = None,
         agency_code: str | None = None) -> UserSession:
    return UserSession(user_id=user_id, username=f"test-{role.value}", display_name="Test", role=role,
                       agency_id=agency_id, agency_code=agency_code, agency_name=None, database_label="test")


@pytest.fixture
def officer() -> UserSession:
    return user()
