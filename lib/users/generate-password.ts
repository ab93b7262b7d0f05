import { randomInt } from "node:crypto";
import { checkPasswordPolicy } from "@/lib/auth/password-policy";

// No look-alike characters (0/O, 1/l/I): generated passwords are read aloud and retyped.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** About 119 bits: four groups of five characters, e.g. "h7Kqa-3pXmW-…". */
export function generatePassword(): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () =>
      Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
    );
    const password = groups.join("-");
    if (checkPasswordPolicy(password).length === 0) return password;
  }
}
