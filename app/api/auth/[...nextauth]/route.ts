import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth-config";

export const GET = handlers.GET;

// Passwords are only accepted by POST /api/auth/sign-in, which throttles and answers 429.
// Auth.js's own credentials callback is closed so it cannot be used to bypass that.
export function POST(request: NextRequest) {
  if (request.nextUrl.pathname.includes("/callback/")) return new Response(null, { status: 404 });
  return handlers.POST(request);
}
