// Column lists of the tables the demo seed fills, with their PostgreSQL types. They are the
// single source of truth for both the row types the generators build and the bulk INSERTs,
// so a row can't silently miss a column. "?" marks a nullable column.

type ColumnType =
  | "uuid"
  | "text"
  | "int"
  | "smallint"
  | "float8"
  | "bool"
  | "date"
  | "timestamptz"
  | "RecordStatus"
  | "PhoneType"
  | "Role";
type Columns = Record<string, ColumnType | `${ColumnType}?`>;
type TsType<T> = T extends "int" | "smallint" | "float8" ? number : T extends "bool" ? boolean : string;

/** A row as the generators build it: dates and timestamps are ISO strings. */
export type RowOf<C extends Columns> = {
  [K in keyof C]: C[K] extends `${infer Base}?` ? TsType<Base> | null : TsType<C[K]>;
};
export type TableSpec<C extends Columns = Columns> = { name: string; columns: C };

const table = <C extends Columns>(name: string, columns: C): TableSpec<C> => ({ name, columns });

const bilingual = <P extends string>(prefix: P) =>
  ({ [`${prefix}_fr`]: "text?", [`${prefix}_en`]: "text?" }) as Record<`${P}_fr` | `${P}_en`, "text?">;

export const T = {
  region: table("region", { code: "text", name_fr: "text", name_en: "text" }),
  municipality: table("municipality", {
    id: "uuid",
    code: "text",
    name: "text",
    slug: "text",
    mrc: "text",
    region_code: "text",
    latitude: "float8",
    longitude: "float8",
    population: "int?",
  }),
  postalPrefix: table("postal_prefix", {
    fsa: "text",
    latitude: "float8",
    longitude: "float8",
    municipality_id: "uuid",
  }),
  taxonomyTerm: table("taxonomy_term", {
    id: "uuid",
    code: "text",
    slug: "text",
    name_fr: "text",
    name_en: "text?",
    description_fr: "text?",
    description_en: "text?",
    parent_id: "uuid?",
    position: "int",
    created_at: "timestamptz",
    updated_at: "timestamptz",
  }),
  user: table("app_user", {
    id: "uuid",
    email: "text",
    name: "text",
    password_hash: "text",
    role: "Role",
    created_at: "timestamptz",
    updated_at: "timestamptz",
  }),
  organization: table("organization", {
    id: "uuid",
    slug: "text",
    name_fr: "text",
    name_en: "text?",
    alternate_name: "text?",
    description_fr: "text",
    description_en: "text?",
    email: "text?",
    website: "text?",
    legal_status: "text?",
    year_incorporated: "int?",
    status: "RecordStatus",
    created_at: "timestamptz",
    updated_at: "timestamptz",
    updated_by_id: "uuid?",
    last_verified_at: "timestamptz?",
    last_verified_by_id: "uuid?",
    next_review_at: "date?",
  }),
  location: table("location", {
    id: "uuid",
    organization_id: "uuid",
    location_type: "text",
    name_fr: "text",
    name_en: "text?",
    ...bilingual("description"),
    ...bilingual("transportation"),
    latitude: "float8?",
    longitude: "float8?",
    created_at: "timestamptz",
    updated_at: "timestamptz",
  }),
  address: table("address", {
    id: "uuid",
    location_id: "uuid",
    address_type: "text",
    address_1: "text",
    address_2: "text?",
    city: "text",
    municipality_id: "uuid?",
    postal_code: "text",
  }),
  accessibility: table("accessibility", {
    id: "uuid",
    location_id: "uuid",
    wheelchair_access: "bool?",
    accessible_washroom: "bool?",
    accessible_parking: "bool?",
    elevator: "bool?",
    ...bilingual("details"),
  }),
  service: table("service", {
    id: "uuid",
    organization_id: "uuid",
    slug: "text",
    name_fr: "text",
    name_en: "text?",
    alternate_name: "text?",
    description_fr: "text",
    description_en: "text?",
    url: "text?",
    email: "text?",
    status: "RecordStatus",
    ...bilingual("alert"),
    interpretation_services: "text?",
    ...bilingual("application_process"),
    is_free: "bool",
    ...bilingual("fees_description"),
    ...bilingual("eligibility_description"),
    ...bilingual("clientele"),
    minimum_age: "int?",
    maximum_age: "int?",
    created_at: "timestamptz",
    updated_at: "timestamptz",
    updated_by_id: "uuid?",
    last_verified_at: "timestamptz?",
    last_verified_by_id: "uuid?",
    next_review_at: "date?",
  }),
  serviceAtLocation: table("service_at_location", {
    id: "uuid",
    service_id: "uuid",
    location_id: "uuid",
    ...bilingual("description"),
  }),
  phone: table("phone", {
    id: "uuid",
    organization_id: "uuid?",
    service_id: "uuid?",
    location_id: "uuid?",
    service_at_location_id: "uuid?",
    number: "text",
    extension: "text?",
    type: "PhoneType",
    ...bilingual("description"),
    position: "int",
  }),
  contact: table("contact", {
    id: "uuid",
    organization_id: "uuid?",
    service_id: "uuid?",
    location_id: "uuid?",
    name: "text",
    ...bilingual("title"),
    email: "text?",
    phone: "text?",
  }),
  serviceLanguage: table("service_language", { service_id: "uuid", code: "text" }),
  requiredDocument: table("required_document", {
    id: "uuid",
    service_id: "uuid",
    document_fr: "text",
    document_en: "text?",
    position: "int",
  }),
  serviceArea: table("service_area", {
    id: "uuid",
    service_id: "uuid",
    region_code: "text?",
    municipality_id: "uuid?",
    ...bilingual("description"),
  }),
  serviceTaxonomyTerm: table("service_taxonomy_term", { service_id: "uuid", taxonomy_term_id: "uuid" }),
  schedule: table("schedule", {
    id: "uuid",
    service_id: "uuid?",
    location_id: "uuid?",
    service_at_location_id: "uuid?",
    valid_from: "date?",
    valid_to: "date?",
    always_open: "bool",
    ...bilingual("notes"),
  }),
  scheduleRange: table("schedule_range", {
    id: "uuid",
    schedule_id: "uuid",
    weekday: "smallint",
    opens_at: "smallint",
    closes_at: "smallint",
  }),
  scheduleClosure: table("schedule_closure", {
    id: "uuid",
    schedule_id: "uuid",
    date: "date",
    ...bilingual("reason"),
  }),
} as const;

type Specs = typeof T;
export type TableKey = keyof Specs;
export type Row<K extends TableKey> = RowOf<Specs[K]["columns"]>;
/** Rows of any subset of tables, keyed like `T`. */
export type Rows = { [K in TableKey]: Row<K>[] };

export const emptyRows = (): Rows => Object.fromEntries(Object.keys(T).map((key) => [key, []])) as unknown as Rows;

/** Foreign keys first: the order in which a batch is inserted. */
export const INSERT_ORDER: TableKey[] = [
  "region",
  "municipality",
  "postalPrefix",
  "taxonomyTerm",
  "user",
  "organization",
  "location",
  "address",
  "accessibility",
  "service",
  "serviceAtLocation",
  "phone",
  "contact",
  "serviceLanguage",
  "requiredDocument",
  "serviceArea",
  "serviceTaxonomyTerm",
  "schedule",
  "scheduleRange",
  "scheduleClosure",
];
