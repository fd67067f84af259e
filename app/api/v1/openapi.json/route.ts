// GET: the OpenAPI 3.1 description of the whole JSON API (lib/openapi.ts). The same for everyone.
import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/openapi";

export function GET() {
  return NextResponse.json(buildOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
