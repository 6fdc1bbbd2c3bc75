"""Validates HSDS JSON against the official HSDS 3.0 schemas shipped with the app."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from socialekaart.interchange.tables import HSDS_DIR


@cache
def _registry() -> Registry:
    resources = []
    for path in sorted((HSDS_DIR / "schema").glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((path.name, Resource.from_contents(schema, default_specification=DRAFT202012)))
    return Registry().with_resources(resources)


@cache
def validator(entity: str) -> Draft202012Validator:
    """A validator for one HSDS object type (`service`, `organization`, `location`, ...)."""
    schema = json.loads((HSDS_DIR / "schema" / f"{entity}.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, registry=_registry())


def validation_errors(entity: str, objects: Iterable[dict[str, Any]], limit: int = 20) -> list[str]:
    """Human-readable schema errors for a list of objects (empty when all are valid)."""
    errors: list[str] = []
    check = validator(entity)
    for i, obj in enumerate(objects):
        for error in check.iter_errors(obj):
            path = "/".join(str(p) for p in error.absolute_path)
            errors.append(f"{entity}[{i}] /{path}: {error.message}")
            if len(errors) >= limit:
                return errors
    return errors
