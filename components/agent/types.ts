import type { ActionResult } from "@/lib/calls/action-result";

/** The console's server actions, passed down by the page (a component never imports from app/). */
export type ConsoleActions = {
  startCall: (input: unknown) => Promise<ActionResult<{ id: string; startedAt: string; placeLabel: string | null }>>;
  updateCallContext: (input: unknown) => Promise<ActionResult<{ placeLabel: string | null }>>;
  markReferred: (input: unknown) => Promise<ActionResult<{ callId: string; serviceId: string }>>;
  recordUnmetNeed: (input: unknown) => Promise<ActionResult<string>>;
  recordEmptySearch: (input: unknown) => Promise<ActionResult<{ kept: boolean }>>;
  endCall: (input: unknown) => Promise<ActionResult<string>>;
  flagRecord: (input: unknown) => Promise<ActionResult<string>>;
};

export type CallContext = { place: string; language: string; ageGroup: string };

export type Option = { value: string; label: string };

export type ConsoleOptions = {
  categories: { code: string; name: string }[];
  languages: Option[];
  ageGroups: Option[];
  howHeard: Option[];
  unmetReasons: Option[];
  flagReasons: Option[];
};
