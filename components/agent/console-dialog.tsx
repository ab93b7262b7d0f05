"use client";

import { forwardRef, type ReactNode } from "react";

/**
 * A native modal dialog: the browser traps the focus, Esc closes it and the page behind is
 * inert. `onClose` runs however it closes, so the console can put the focus back.
 */
export const ConsoleDialog = forwardRef<
  HTMLDialogElement,
  { title: string; id: string; onClose: () => void; children: ReactNode }
>(function ConsoleDialog({ title, id, onClose, children }, ref) {
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      className="m-auto w-full max-w-lg rounded-lg border border-slate-300 p-6 shadow-xl backdrop:bg-slate-900/50"
    >
      <h2 id={`${id}-title`} className="mb-4 text-xl font-bold">
        {title}
      </h2>
      {children}
    </dialog>
  );
});

export function FieldMessages({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-800">
      {messages.join(" ")}
    </p>
  );
}

export const fieldClass = "mt-1 block w-full rounded-md border border-slate-500 px-2 py-1.5";
export const primaryButton = "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";
export const secondaryButton =
  "rounded-md border border-slate-500 px-4 py-2 font-medium text-slate-900 hover:bg-slate-100";

/** A dialog's form: its error message first, its fields, then submit and cancel. */
export function DialogForm({
  message,
  submitLabel,
  cancelLabel,
  onSubmit,
  onCancel,
  children,
}: {
  message: string | null;
  submitLabel: string;
  cancelLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {message && (
        <p role="alert" className="font-medium text-red-800">
          {message}
        </p>
      )}
      {children}
      <div className="flex gap-2">
        <button type="submit" className={primaryButton}>
          {submitLabel}
        </button>
        <button type="button" className={secondaryButton} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </form>
  );
}

/** A labelled select of value/label options (an optional first "none" option). */
export function SelectField({
  label,
  value,
  onChange,
  options,
  none,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  none?: string;
}) {
  return (
    <label className="block font-semibold">
      {label}
      <select className={fieldClass} value={value} onChange={(event) => onChange(event.target.value)}>
        {none !== undefined && <option value="">{none}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
