import { NextResponse } from "next/server";
import { checkReadiness } from "@/lib/readiness";

export const dynamic = "force-dynamic";

/** Readiness: the database answers and every migration on disk has been applied. */
export async function GET() {
  const r = await checkReadiness();
  return NextResponse.json(r, { status: r.status === "ready" ? 200 : 503 });
}
