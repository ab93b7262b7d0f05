// Turns a submitted form into the nested shape the record schemas read:
// "phones.0.number" → { phones: [{ number }] }; repeated names (checkbox groups) → arrays.
// Values stay strings: validation and normalization are the schemas' job.
//
// Field names are attacker-controlled (any signed-in role can post to a server action), so
// objects are built without a prototype and a name with a segment that could reach one
// (`__proto__`, `constructor`, `prototype`) is dropped whole: nothing can write onto
// Object.prototype, and nothing inherited can be read back as a submitted value.

export type FormValues = { [key: string]: FormValue };
export type FormValue = string | string[] | FormValues | FormValue[] | undefined;

const INTERNAL = /^\$ACTION|^\$ACTION_/;
const FORBIDDEN_SEGMENTS = new Set(["__proto__", "constructor", "prototype"]);
const INDEX = /^\d{1,3}$/;

/** An empty object with no prototype: keys are data, never inherited members. */
export function bareObject<T extends object = FormValues>(): T {
  return Object.create(null) as T;
}

export function formDataToObject(formData: FormData, lists: readonly string[] = []): FormValues {
  const root = bareObject();
  const names = new Set<string>();
  for (const name of formData.keys()) if (!INTERNAL.test(name)) names.add(name);
  for (const name of names) {
    const path = name.split(".");
    if (path.some((segment) => FORBIDDEN_SEGMENTS.has(segment))) continue;
    const all = formData.getAll(name).filter((value): value is string => typeof value === "string");
    const value = lists.includes(name) || all.length > 1 ? all : all[0];
    setPath(root, path, value);
  }
  return root;
}

function setPath(target: FormValues | FormValue[], path: string[], value: FormValue) {
  const [head, ...rest] = path;
  const key = INDEX.test(head) ? Number(head) : head;
  const container = target as Record<string | number, FormValue>;
  if (rest.length === 0) {
    container[key] = value;
    return;
  }
  if (!Object.hasOwn(container, key) || typeof container[key] !== "object") {
    container[key] = INDEX.test(rest[0]) ? [] : bareObject<FormValues>();
  }
  setPath(container[key] as FormValues, rest, value);
}

/** Reads a dotted path back out of submitted values ("schedules.0.d1.2.opens"); own keys only. */
export function getPath(values: unknown, path: string): unknown {
  let current = values;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
