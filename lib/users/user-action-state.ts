/** What a Users-screen action returns to its form (already translated; never a password echo). */
export type UserActionState = {
  ok?: boolean;
  message?: string;
  fields?: Record<string, string[]>;
  /** A generated password, shown once to the admin who asked for it. */
  password?: string;
  values?: Record<string, string>;
};

export type UserAction = (state: UserActionState, formData: FormData) => Promise<UserActionState>;
