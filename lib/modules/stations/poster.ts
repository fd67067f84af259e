// The printable poster of a station (A4, SVG): the city's committee, the station's name and address, its reception
// days in words, and a QR code to the public station page, with that address printed under it (a phone without a
// scanner can type it; a test can read it). Drawn from the QR's module matrix as one path, so the SVG is plain
// shapes and text: no script, no external reference, nothing a browser would run.
import QRCode from "qrcode";

export type PosterInput = {
  committee: string;
  station: string;
  address: string;
  /** Reception days in words, one line each (每月15日 9:00–11:30). */
  schedules: string[];
  url: string;
  text: { heading: string; reception: string; scan: string; noSchedule: string; address: string };
};

const WIDTH = 210; // A4 in millimetres
const HEIGHT = 297;

const xml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

/** Splits a line for a width counted in "em": a CJK character is one em, a Latin one about half. */
export function wrap(text: string, ems: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = "";
  let width = 0;
  for (const ch of text) {
    const w = ch.charCodeAt(0) < 0x100 ? 0.55 : 1;
    if (width + w > ems && line) {
      lines.push(line);
      line = "";
      width = 0;
    }
    line += ch;
    width += w;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = lines[maxLines - 1]!.slice(0, -1) + "…";
  }
  return lines;
}

/** The QR code as one SVG path in a square of `size` mm at (x, y), with its quiet zone left white. */
function qrPath(url: string, x: number, y: number, size: number): string {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  const n = modules.size;
  const cell = size / (n + 8); // four modules of quiet zone each side
  const d: string[] = [];
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++)
      if (modules.get(r, c))
        d.push(
          `M${(x + (c + 4) * cell).toFixed(3)} ${(y + (r + 4) * cell).toFixed(3)}h${cell.toFixed(3)}v${cell.toFixed(3)}h-${cell.toFixed(3)}z`,
        );
  return `<rect x="${x}" y="${y}" width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d.join("")}"/>`;
}

function textLines(lines: string[], x: number, y: number, size: number, gap: number, attrs = ""): string {
  return lines
    .map((l, i) => `<text x="${x}" y="${(y + i * gap).toFixed(2)}" font-size="${size}"${attrs}>${xml(l)}</text>`)
    .join("");
}

export function posterSvg(p: PosterInput): string {
  const mid = WIDTH / 2;
  const centre = ` text-anchor="middle"`;
  const name = wrap(p.station, 14, 2);
  const nameY = 78;
  const afterName = nameY + (name.length - 1) * 14;
  const address = wrap(`${p.text.address}${p.address}`, 26, 2);
  const schedules = (p.schedules.length > 0 ? p.schedules : [p.text.noSchedule]).slice(0, 4);
  const receptionY = afterName + 28 + address.length * 8;
  const qrY = receptionY + 12 + schedules.length * 9;
  const qrSize = Math.min(80, HEIGHT - qrY - 34);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}mm" height="${HEIGHT}mm" viewBox="0 0 ${WIDTH} ${HEIGHT}"`,
    ` role="img" aria-labelledby="poster-title">`,
    `<title id="poster-title">${xml(`${p.committee} · ${p.station}`)}</title>`,
    `<metadata>${xml(p.url)}</metadata>`,
    `<style>text{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;fill:#1c1917}</style>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<rect width="${WIDTH}" height="36" fill="#b91c1c"/>`,
    `<text x="${mid}" y="23" font-size="11" font-weight="700" style="fill:#fff"${centre}>${xml(p.committee)}</text>`,
    `<text x="${mid}" y="54" font-size="9"${centre}>${xml(p.text.heading)}</text>`,
    textLines(name, mid, nameY, 13, 14, `${centre} font-weight="700"`),
    textLines(address, mid, afterName + 16, 6, 8, centre),
    `<text x="${mid}" y="${receptionY}" font-size="8" font-weight="700"${centre}>${xml(p.text.reception)}</text>`,
    textLines(schedules, mid, receptionY + 11, 7, 9, centre),
    qrPath(p.url, mid - qrSize / 2, qrY, qrSize),
    `<text x="${mid}" y="${qrY + qrSize + 9}" font-size="6"${centre}>${xml(p.text.scan)}</text>`,
    `<text x="${mid}" y="${qrY + qrSize + 17}" font-size="4.2"${centre} data-url="${xml(p.url)}">${xml(p.url)}</text>`,
    `</svg>`,
  ].join("\n");
}
