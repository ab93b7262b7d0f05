// Turns a submitted form into the nested shape the record schemas read:
// "phones.0.number" → { phones: [{ number }] }; repeated names (checkbox groups) → arrays.
// Values stay strings: validation and normalization are the schemas' job.

export type FormValues = { [key: string]: FormValue };
export type FormValue = string | string[] | FormValues | FormValue[] | undefined;

const INTERNAL = /^\$ACTION|^\$ACTION_/;

export function formDataToObject(formData: FormData, lists: readonly string[] = []): FormValues {
  const root: FormValues = {};
  const names = new Set<string>();
  for (const name of formData.keys()) if (!INTERNAL.test(name)) names.add(name);
  for (const name of names) {
    const all = formData.getAll(name).filter((value): value is string => typeof value === "string");
    const value = lists.includes(name) || all.length > 1 ? all : all[0];
    setPath(root, name.split("."), value);
  }
  return root;
}

function setPath(target: FormValues | FormValue[], path: string[], value: FormValue) {
  const [head, ...rest] = path;
  const key = /^\d{1,3}$/.test(head) ? Number(head) : head;
  const container = target as Record<string | number, FormValue>;
  if (rest.length === 0) {
    container[key] = value;
    return;
  }
  if (container[key] === undefined || typeof container[key] !== "object") {
    container[key] = /^\d{1,3}$/.test(rest[0]) ? [] : {};
  }
  setPath(container[key] as FormValues, rest, value);
}

/** Reads a dotted path back out of submitted values ("schedules.0.d1.2.opens"). */
export function getPath(values: unknown, path: string): unknown {
  let current = values;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
