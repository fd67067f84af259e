import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

/** Liveness: the process is up and answering. */
export function GET() {
  return NextResponse.json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) });
}
