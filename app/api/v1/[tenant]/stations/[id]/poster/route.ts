// GET: the station's printable A4 poster (SVG) with a QR code to its public page. Served as an image that may
// run nothing: no script in it, and a policy that forbids any were it there.
import { NextResponse, type NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { stationPosterSvg } from "@/lib/modules/stations";
import { respondPublic } from "@/lib/public-read";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant, id } = await params;
  return handle(req, async (ctx) => {
    const result = await stationPosterSvg(tenant, id, req.nextUrl.origin, ctx);
    if (!result.ok) return respondPublic(result);
    const download = req.nextUrl.searchParams.get("download") === "1";
    return new NextResponse(result.data, {
      headers: {
        "Content-Type": "image/svg+xml; charset=utf-8",
        "Content-Disposition": `${download ? "attachment" : "inline"}; filename="station-poster-${id}.svg"`,
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "public, max-age=300",
      },
    });
  });
}
