// What the editor's "send an update link" action returns: translated; the URL is shown once.
export type UpdateLinkState = {
  status: "idle" | "created" | "error";
  message?: string;
  url?: string;
  fieldErrors?: Record<string, string[]>;
};

export const UPDATE_LINK_IDLE: UpdateLinkState = { status: "idle" };
