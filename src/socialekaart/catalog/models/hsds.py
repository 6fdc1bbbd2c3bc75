"""The Open Referral HSDS 3.0 tables, with HSDS field names, plus the Dutch profile's extra columns."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from socialekaart.catalog.models.base import Base, Tracked


def fk(target: str) -> ForeignKey:
    """A foreign key checked at commit, so rows of one import may arrive in any order."""
    return ForeignKey(target, deferrable=True, initially="DEFERRED")


class Organization(Tracked, Base):
    """HSDS organization: who delivers services."""

    __tablename__ = "organization"
    id: Mapped[str] = mapped_column(primary_key=True)
    name: Mapped[str]
    alternate_name: Mapped[str | None]
    description: Mapped[str] = mapped_column(Text)
    email: Mapped[str | None]
    website: Mapped[str | None]
    tax_status: Mapped[str | None]
    tax_id: Mapped[str | None]
    year_incorporated: Mapped[float | None]
    legal_status: Mapped[str | None]
    logo: Mapped[str | None]
    uri: Mapped[str | None]
    parent_organization_id: Mapped[str | None] = mapped_column(fk("organization.id"))


class OrganizationIdentifier(Tracked, Base):
    """HSDS organization_identifier: e.g. a KvK number."""

    __tablename__ = "organization_identifier"
    id: Mapped[str] = mapped_column(primary_key=True)
    organization_id: Mapped[str] = mapped_column(fk("organization.id"))
    identifier_scheme: Mapped[str | None]
    identifier_type: Mapped[str]
    identifier: Mapped[str]


class Program(Tracked, Base):
    """HSDS program: a group of services of one organization."""

    __tablename__ = "program"
    id: Mapped[str] = mapped_column(primary_key=True)
    organization_id: Mapped[str] = mapped_column(fk("organization.id"))
    name: Mapped[str]
    alternate_name: Mapped[str | None]
    description: Mapped[str] = mapped_column(Text)


class Service(Tracked, Base):
    """HSDS service, with the Dutch profile's access type, cost, provider kind and entry kind."""

    __tablename__ = "service"
    id: Mapped[str] = mapped_column(primary_key=True)
    organization_id: Mapped[str] = mapped_column(fk("organization.id"), index=True)
    program_id: Mapped[str | None] = mapped_column(fk("program.id"))
    name: Mapped[str]
    alternate_name: Mapped[str | None]
    description: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None]
    email: Mapped[str | None]
    status: Mapped[str]
    interpretation_services: Mapped[str | None]
    application_process: Mapped[str | None] = mapped_column(Text)
    fees_description: Mapped[str | None] = mapped_column(Text)
    wait_time: Mapped[str | None]
    fees: Mapped[str | None]
    accreditations: Mapped[str | None]
    eligibility_description: Mapped[str | None] = mapped_column(Text)
    minimum_age: Mapped[float | None]
    maximum_age: Mapped[float | None]
    # HSDS assured_date is the bookkeeping column last_verified.
    assurer_email: Mapped[str | None]
    licenses: Mapped[str | None]
    alert: Mapped[str | None]
    # Dutch profile
    access_type: Mapped[str | None]
    access_granted_by: Mapped[str | None]
    free_of_charge: Mapped[bool | None]
    provider_kind: Mapped[str | None]
    entry_kind: Mapped[str | None]

    organization: Mapped[Organization] = relationship(lazy="joined", viewonly=True)


class Location(Tracked, Base):
    """HSDS location: a place (activiteitencentrum, dorpshuis, office), with its buurt and wijk."""

    __tablename__ = "location"
    id: Mapped[str] = mapped_column(primary_key=True)
    location_type: Mapped[str]
    url: Mapped[str | None]
    organization_id: Mapped[str | None] = mapped_column(fk("organization.id"))
    name: Mapped[str | None]
    alternate_name: Mapped[str | None]
    description: Mapped[str | None] = mapped_column(Text)
    transportation: Mapped[str | None]
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    external_identifier: Mapped[str | None]
    external_identifier_type: Mapped[str | None]
    # Dutch profile
    buurt_code: Mapped[str | None] = mapped_column(index=True)
    wijk_code: Mapped[str | None] = mapped_column(index=True)


class ServiceAtLocation(Tracked, Base):
    """HSDS service_at_location: a service offered at a location."""

    __tablename__ = "service_at_location"
    id: Mapped[str] = mapped_column(primary_key=True)
    service_id: Mapped[str] = mapped_column(fk("service.id"), index=True)
    location_id: Mapped[str] = mapped_column(fk("location.id"), index=True)
    description: Mapped[str | None] = mapped_column(Text)


class Address(Tracked, Base):
    """HSDS address of a location."""

    __tablename__ = "address"
    id: Mapped[str] = mapped_column(primary_key=True)
    location_id: Mapped[str | None] = mapped_column(fk("location.id"), index=True)
    attention: Mapped[str | None]
    address_1: Mapped[str]
    address_2: Mapped[str | None]
    city: Mapped[str]
    region: Mapped[str | None]
    state_province: Mapped[str]
    postal_code: Mapped[str]
    country: Mapped[str]
    address_type: Mapped[str]


class Contact(Tracked, Base):
    """HSDS contact: a role or department to reach (not a resident)."""

    __tablename__ = "contact"
    id: Mapped[str] = mapped_column(primary_key=True)
    organization_id: Mapped[str | None] = mapped_column(fk("organization.id"))
    service_id: Mapped[str | None] = mapped_column(fk("service.id"), index=True)
    service_at_location_id: Mapped[str | None] = mapped_column(fk("service_at_location.id"))
    location_id: Mapped[str | None] = mapped_column(fk("location.id"))
    name: Mapped[str | None]
    title: Mapped[str | None]
    department: Mapped[str | None]
    email: Mapped[str | None]


class Phone(Tracked, Base):
    """HSDS phone number of an organization, service, location or contact."""

    __tablename__ = "phone"
    id: Mapped[str] = mapped_column(primary_key=True)
    location_id: Mapped[str | None] = mapped_column(fk("location.id"))
    service_id: Mapped[str | None] = mapped_column(fk("service.id"), index=True)
    organization_id: Mapped[str | None] = mapped_column(fk("organization.id"))
    contact_id: Mapped[str | None] = mapped_column(fk("contact.id"))
    service_at_location_id: Mapped[str | None] = mapped_column(fk("service_at_location.id"))
    number: Mapped[str]
    extension: Mapped[float | None]
    type: Mapped[str | None]
    description: Mapped[str | None]


class Schedule(Tracked, Base):
    """HSDS schedule (iCalendar-like); times are Europe/Amsterdam local time."""

    __tablename__ = "schedule"
    id: Mapped[str] = mapped_column(primary_key=True)
    service_id: Mapped[str | None] = mapped_column(fk("service.id"), index=True)
    location_id: Mapped[str | None] = mapped_column(fk("location.id"))
    service_at_location_id: Mapped[str | None] = mapped_column(fk("service_at_location.id"), index=True)
    valid_from: Mapped[date | None]
    valid_to: Mapped[date | None]
    dtstart: Mapped[date | None]
    timezone: Mapped[float | None]
    until: Mapped[date | None]
    count: Mapped[float | None]
    wkst: Mapped[str | None]
    freq: Mapped[str | None]
    interval: Mapped[float | None]
    byday: Mapped[str | None]
    byweekno: Mapped[str | None]
    bymonthday: Mapped[str | None]
    byyearday: Mapped[str | None]
    description: Mapped[str | None] = mapped_column(Text)
    opens_at: Mapped[time | None]
    closes_at: Mapped[time | None]
    schedule_link: Mapped[str | None]
    attending_type: Mapped[str | None]
    notes: Mapped[str | None] = mapped_column(Text)


class Taxonomy(Tracked, Base):
    """HSDS taxonomy: a vocabulary (the needs of the gemeente, target groups, or an external one)."""

    __tablename__ = "taxonomy"
    id: Mapped[str] = mapped_column(primary_key=True)
    name: Mapped[str]
    description: Mapped[str] = mapped_column(Text)
    uri: Mapped[str | None]
    # `version` is a bookkeeping column, so HSDS taxonomy.version is stored as taxonomy_version.
    taxonomy_version: Mapped[str | None]


class TaxonomyTerm(Tracked, Base):
    """HSDS taxonomy_term: one need, target group or category."""

    __tablename__ = "taxonomy_term"
    id: Mapped[str] = mapped_column(primary_key=True)
    code: Mapped[str | None]
    name: Mapped[str]
    description: Mapped[str] = mapped_column(Text)
    parent_id: Mapped[str | None] = mapped_column(fk("taxonomy_term.id"))
    taxonomy: Mapped[str | None]
    language: Mapped[str | None]
    taxonomy_id: Mapped[str | None] = mapped_column(fk("taxonomy.id"), index=True)
    term_uri: Mapped[str | None]


class Attribute(Tracked, Base):
    """HSDS attribute: links a taxonomy term to any entity (a service's needs and target groups)."""

    __tablename__ = "attribute"
    __table_args__ = (Index("ix_attribute_link", "link_entity", "link_id"),)
    id: Mapped[str] = mapped_column(primary_key=True)
    link_id: Mapped[str]
    taxonomy_term_id: Mapped[str] = mapped_column(fk("taxonomy_term.id"))
    link_type: Mapped[str | None]
    link_entity: Mapped[str]
    value: Mapped[str | None]
    label: Mapped[str | None]


class Language(Tracked, Base):
    """HSDS language spoken at a service, location or phone."""

    __tablename__ = "language"
    id: Mapped[str] = mapped_column(primary_key=True)
    service_id: Mapped[str | None] = mapped_column(fk("service.id"), index=True)
    location_id: Mapped[str | None] = mapped_column(fk("location.id"))
    phone_id: Mapped[str | None] = mapped_column(fk("phone.id"))
    name: Mapped[str | None]
    code: Mapped[str | None]
    note: Mapped[str | None]


class Accessibility(Tracked, Base):
    """HSDS accessibility of a location (wheelchair access, hearing loop, ...)."""

    __tablename__ = "accessibility"
    id: Mapped[str] = mapped_column(primary_key=True)
    location_id: Mapped[str | None] = mapped_column(fk("location.id"), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    details: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None]


class CostOption(Tracked, Base):
    """HSDS cost_option of a service."""

    __tablename__ = "cost_option"
    id: Mapped[str] = mapped_column(primary_key=True)
    service_id: Mapped[str] = mapped_column(fk("service.id"), index=True)
    valid_from: Mapped[date | None]
    valid_to: Mapped[date | None]
    option: Mapped[str | None]
    currency: Mapped[str | None]
    amount: Mapped[float | None]
    amount_description: Mapped[str | None]


class ServiceArea(Tracked, Base):
    """HSDS service_area, with the Dutch profile's area code (gemeente, kern, wijk or buurt)."""

    __tablename__ = "service_area"
    id: Mapped[str] = mapped_column(primary_key=True)
    service_id: Mapped[str | None] = mapped_column(fk("service.id"), index=True)
    name: Mapped[str | None]
    description: Mapped[str | None] = mapped_column(Text)
    extent: Mapped[str | None] = mapped_column(Text)
    extent_type: Mapped[str | None]
    uri: Mapped[str | None]
    area_code: Mapped[str | None]


class Funding(Tracked, Base):
    """HSDS funding source of an organization or service."""

    __tablename__ = "funding"
    id: Mapped[str] = mapped_column(primary_key=True)
    organization_id: Mapped[str | None] = mapped_column(fk("organization.id"))
    service_id: Mapped[str | None] = mapped_column(fk("service.id"))
    source: Mapped[str | None]


class RequiredDocument(Tracked, Base):
    """HSDS required_document for a service."""

    __tablename__ = "required_document"
    id: Mapped[str] = mapped_column(primary_key=True)
    service_id: Mapped[str | None] = mapped_column(fk("service.id"))
    document: Mapped[str | None]
    uri: Mapped[str | None]


class Metadata(Tracked, Base):
    """HSDS metadata: the change history of a resource as exchanged in HSDS."""

    __tablename__ = "metadata"
    id: Mapped[str] = mapped_column(primary_key=True)
    resource_id: Mapped[str]
    resource_type: Mapped[str]
    last_action_date: Mapped[date]
    last_action_type: Mapped[str]
    field_name: Mapped[str]
    previous_value: Mapped[str] = mapped_column(Text)
    replacement_value: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str]


class MetaTableDescription(Tracked, Base):
    """HSDS meta_table_description."""

    __tablename__ = "meta_table_description"
    id: Mapped[str] = mapped_column(primary_key=True)
    name: Mapped[str | None]
    language: Mapped[str | None]
    character_set: Mapped[str | None]
