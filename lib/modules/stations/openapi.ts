// The stations module's part of the API description (assembled by lib/openapi/index.ts): the public directory,
// one station with its next reception days, its iCalendar feed and its printable poster. No sign-in.
import {
  arrayOf,
  data,
  day,
  errorRef,
  int,
  nullable,
  obj,
  ok,
  paramRef,
  queryParams,
  ref,
  str,
  uuid,
} from "@/lib/openapi/core";
import type { ApiSection, Parameter, Schema } from "@/lib/openapi/core";
import { DEPUTY_LEVELS } from "@/lib/modules/deputies/client";
import { publicStationQuerySchema } from "./public-api";
import { STATION_KINDS, STATION_ROLES } from "./workflow";

const idParam: Parameter = { name: "id", in: "path", required: true, description: "The station's id.", schema: uuid() };
const notFound = { "404": errorRef("NotFound") };
const kind: Schema = { enum: STATION_KINDS, description: "中心站 / 社区站 / 网上联络站 / 流动联络站." };
const level: Schema = { enum: DEPUTY_LEVELS, description: "全国 / 省 / 市 / 县（区） / 乡镇人大代表." };
const stationFields: Record<string, Schema> = {
  id: uuid(),
  name: str(),
  kind,
  address: str(),
  openingHours: str(),
  phone: str("The station's own desk phone (never a deputy's)."),
  street: nullable(str("The street or township it serves.")),
  districtId: nullable(uuid()),
  district: nullable(str()),
  deputies: int("Deputies grouped into the station."),
};
const time = (description: string): Schema => str(description, { pattern: "^\\d{1,2}:\\d{2}$" });

export const stationsSection: ApiSection = {
  tags: [
    {
      name: "stations",
      description:
        "Public: deputies' liaison stations (代表联络站), their reception days (代表接待日) as JSON and as an iCalendar feed, and the printable QR poster. No sign-in; a deputy's contact is never given.",
    },
  ],
  paths: {
    "/api/v1/{tenant}/stations": {
      get: {
        operationId: "listStations",
        summary: "The city's active liaison stations",
        description:
          "By district, street and name, a page at a time (`limit`, default 100, at most 500; `offset`); `total` counts every match. Empty parameters count as absent; unknown ones are refused.",
        tags: ["stations"],
        security: [],
        parameters: [
          paramRef("tenant"),
          ...queryParams(publicStationQuerySchema, {
            district: "Only this district's (an Area id).",
            kind: "Only this kind.",
            limit: "Page size (default 100, at most 500).",
            offset: "Rows to skip.",
          }),
        ],
        responses: {
          "200": ok(
            "One page of the stations, how many match in all, and the page's limit and offset.",
            data(obj({ stations: arrayOf(ref("StationSummary")), total: int(), limit: int(), offset: int() })),
            true,
          ),
          ...notFound,
          "422": errorRef("Validation"),
        },
      },
    },
    "/api/v1/{tenant}/stations/{id}": {
      get: {
        operationId: "getStation",
        summary: "One station: public fields, the deputies grouped there, the next reception days",
        tags: ["stations"],
        security: [],
        parameters: [paramRef("tenant"), idParam],
        responses: { "200": ok("The station.", data(ref("Station")), true), ...notFound },
      },
    },
    "/api/v1/{tenant}/stations/{id}/calendar.ics": {
      get: {
        operationId: "getStationCalendar",
        summary: "The station's reception days as an iCalendar feed (RFC 5545)",
        description:
          "One VEVENT per non-cancelled reception day of the last 30 days and the next year, UID `<dayId>@lianxin`, times in UTC. Subscribe to it from a phone's calendar.",
        tags: ["stations"],
        security: [],
        parameters: [paramRef("tenant"), idParam],
        responses: {
          "200": {
            description: "The feed.",
            content: { "text/calendar": { schema: str("text/calendar; charset=utf-8") } },
          },
          ...notFound,
        },
      },
    },
    "/api/v1/{tenant}/stations/{id}/poster": {
      get: {
        operationId: "getStationPoster",
        summary: "The station's printable A4 poster (SVG) with a QR code to its public page",
        description:
          "The city's committee, the station's name and address, its reception days in words, and a QR code of the public station page's address (printed under it too). `?download=1` answers it as an attachment.",
        tags: ["stations"],
        security: [],
        parameters: [
          paramRef("tenant"),
          idParam,
          {
            name: "download",
            in: "query",
            required: false,
            description: "1: as a file to save.",
            schema: { type: "string", enum: ["1"] },
          },
        ],
        responses: {
          "200": { description: "The poster.", content: { "image/svg+xml": { schema: str("An A4 SVG document.") } } },
          ...notFound,
        },
      },
    },
  },
  schemas: {
    StationSummary: obj(stationFields),
    Station: obj({
      ...stationFields,
      intro: str(),
      deputies: arrayOf(
        obj({ id: uuid(), name: str(), level, role: { enum: STATION_ROLES, description: "进站代表 / 联络员." } }),
      ),
      upcoming: arrayOf(ref("ReceptionDay")),
      standard: nullable(obj({ name: str("e.g. 六有, 四个五"), met: int(), total: int() })),
      activity: obj(
        { receptions: int(), people: int(), issues: int(), since: day() },
        "Receptions held, people received and issues raised in the last 12 months.",
      ),
    }),
    ReceptionDay: obj({
      id: uuid(),
      stationId: uuid(),
      stationName: str(),
      day: day(),
      startTime: time("Shanghai time, e.g. 9:00"),
      endTime: time("Shanghai time"),
      theme: str(),
      location: str(),
      deputies: arrayOf(obj({ id: uuid(), name: str(), level }, "Deputies on duty.")),
    }),
  },
};
