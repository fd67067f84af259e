// GET: the station's reception days as an iCalendar feed a phone calendar subscribes to (RFC 5545).
import { NextResponse, type NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { stationCalendarIcs } from "@/lib/modules/stations";
import { respondPublic } from "@/lib/public-read";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant, id } = await params;
  return handle(req, async (ctx) => {
    const result = await stationCalendarIcs(tenant, id, req.nextUrl.origin, ctx);
    if (!result.ok) return respondPublic(result);
    return new NextResponse(result.data, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `inline; filename="station-${id}.ics"`,
        "Cache-Control": "public, max-age=300",
      },
    });
  });
}
