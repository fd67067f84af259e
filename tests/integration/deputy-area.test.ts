// The deputy's own area against real PostgreSQL: the deputy an account is, the stations they sit in with their
// role, their reception duties to come (cancelled and past days left out), the receptions recorded with them, and
// nothing of another city's rows.
import { beforeAll, describe, expect, test } from "vitest";
import { deputyOfUser } from "@/lib/modules/deputies";
import { dutiesOfDeputy, receptionsWithDeputy, stationsOfDeputy } from "@/lib/modules/stations";
import { createTenant, createUser, type TestTenant } from "../factories";
import {
  groupDeputy,
  makeDay,
  makeDeputy,
  makeRecord,
  makeStation,
  makeStationInStreet,
  shanghaiDay,
} from "../factories/stations-public";

let city: TestTenant;
let other: TestTenant;
let deputyId: string;
let userId: string;
let ids: Record<string, string>;

beforeAll(async () => {
  city = await createTenant();
  other = await createTenant();
  const user = await createUser(city, { roles: ["deputy"] });
  userId = user.id;
  const me = await makeDeputy(city, { name: "王代表", userId: user.id });
  const colleague = await makeDeputy(city);
  deputyId = me.id;
  const { station } = await makeStationInStreet(city);
  const second = await makeStation(city, { name: "第二联络站", kind: "MOBILE" });
  await groupDeputy(city, station.id, me.id, "LIAISON");
  await groupDeputy(city, second.id, me.id);
  await groupDeputy(city, station.id, colleague.id);
  ids = {
    station: station.id,
    second: second.id,
    soon: (await makeDay(city, station.id, shanghaiDay(3), { theme: "养老服务", deputyIds: [me.id, colleague.id] })).id,
    later: (await makeDay(city, second.id, shanghaiDay(20), { deputyIds: [me.id] })).id,
    cancelled: (await makeDay(city, station.id, shanghaiDay(4), { deputyIds: [me.id], cancelled: true })).id,
    past: (await makeDay(city, station.id, shanghaiDay(-3), { deputyIds: [me.id] })).id,
    notMine: (await makeDay(city, station.id, shanghaiDay(5), { deputyIds: [colleague.id] })).id,
    withMe: (
      await makeRecord(city, station.id, shanghaiDay(-3), {
        people: 17,
        deputyIds: [me.id, colleague.id],
        issues: ["OPEN", "SOLVED"],
      })
    ).id,
    older: (await makeRecord(city, second.id, shanghaiDay(-40), { people: 5, deputyIds: [me.id] })).id,
    withoutMe: (await makeRecord(city, station.id, shanghaiDay(-1), { deputyIds: [colleague.id] })).id,
  };
});

describe("the deputy's own area", () => {
  test("the signed-in account finds its deputy; an account not linked finds none", async () => {
    expect((await deputyOfUser(city.id, userId))?.id).toBe(deputyId);
    const stranger = await createUser(city, { roles: ["deputy"] });
    expect(await deputyOfUser(city.id, stranger.id)).toBeNull();
  });

  test("my stations, with my role in each", async () => {
    const stations = await stationsOfDeputy(city.id, deputyId);
    expect(stations.map((s) => [s.id, s.role]).sort()).toEqual(
      [
        [ids.station, "LIAISON"],
        [ids.second, "RESIDENT"],
      ].sort(),
    );
  });

  test("my duties: upcoming days I am on, soonest first, without cancelled or past ones", async () => {
    const duties = await dutiesOfDeputy(city.id, deputyId, shanghaiDay(0));
    expect(duties.map((d) => d.id)).toEqual([ids.soon, ids.later]);
    expect(duties[0]).toMatchObject({
      theme: "养老服务",
      stationId: ids.station,
      day: shanghaiDay(3),
      location: "海滨路 1 号",
    });
  });

  test("receptions recorded with me, newest first, with their issues raised and solved", async () => {
    const receptions = await receptionsWithDeputy(city.id, deputyId);
    expect(receptions.map((r) => r.id)).toEqual([ids.withMe, ids.older]);
    expect(receptions[0]).toMatchObject({ peopleReceived: 17, issues: 2, solved: 1 });
  });

  test("another city sees none of it", async () => {
    expect(await stationsOfDeputy(other.id, deputyId)).toEqual([]);
    expect(await dutiesOfDeputy(other.id, deputyId, shanghaiDay(0))).toEqual([]);
    expect(await receptionsWithDeputy(other.id, deputyId)).toEqual([]);
    expect(await stationsOfDeputy(city.id, "not-a-uuid")).toEqual([]);
  });
});
