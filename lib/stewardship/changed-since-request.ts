import { DomainError } from "@/lib/errors";

/**
 * Applying would overwrite fields edited since the organization proposed them, and the editor
 * has not been shown those edits: a conflict, said field by field ("services.<id>.phones").
 */
export class ChangedSinceRequest extends DomainError {
  constructor(readonly fields: string[]) {
    super("conflict", "conflict", { fields });
  }
}
