"use client";
// Up to four photos for a message: from the camera or the gallery, each previewed with a button to remove it.
// Sizes and types are checked here only to say so at once; the server checks the content of every file anyway.
// Photos are redrawn at most 2,048 px on their long side as JPEG before they are sent: a phone's 5 MB photo
// becomes a few hundred KB on a slow connection, and the redrawn copy carries no EXIF (no GPS position of the
// citizen's home). Where the browser cannot redraw, the file goes as it is.
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { buttonClasses } from "@/components/ui";
import { acceptAttribute, IMAGE_TYPES } from "@/lib/modules/attachments/client";
import { MESSAGE_PHOTO_MAX_BYTES, MESSAGE_PHOTOS_MAX } from "@/lib/modules/citizen-messages/client";

export type PickedPhoto = { id: string; file: File; url: string };

type Props = {
  photos: PickedPhoto[];
  onChange: (photos: PickedPhoto[]) => void;
  /** The server's message for the photos, if any. */
  error?: string;
  hintId: string;
};

const ACCEPT = acceptAttribute(IMAGE_TYPES);
const MAX_SIDE = 2048;

async function redraw(file: File): Promise<File> {
  if (!/^image\/(jpeg|png|webp)$/.test(file.type) || typeof createImageBitmap !== "function") return file;
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const ctx = canvas.getContext("2d");
    if (!ctx) return file;
    ctx.fillStyle = "#fff"; // a PNG's transparency would turn black in a JPEG
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.85));
    if (!blob || blob.size > MESSAGE_PHOTO_MAX_BYTES) return file;
    return new File([blob], `${file.name.replace(/\.[^.]*$/, "") || "photo"}.jpg`, { type: "image/jpeg" });
  } catch {
    return file;
  }
}

export function PhotoPicker({ photos, onChange, error, hintId }: Props) {
  const t = useTranslations("citizenMessagesIntake.form");
  const id = useId();
  const [notice, setNotice] = useState("");
  const latest = useRef(photos);
  latest.current = photos;
  // The previews' object URLs are freed when the form goes away.
  useEffect(() => () => latest.current.forEach((p) => URL.revokeObjectURL(p.url)), []);

  async function add(files: FileList | null) {
    const added: PickedPhoto[] = [];
    const notes: string[] = [];
    for (const picked of Array.from(files ?? [])) {
      if (latest.current.length + added.length >= MESSAGE_PHOTOS_MAX) {
        notes.push(t("photosFull"));
        break;
      }
      if (!picked.type.startsWith("image/")) {
        notes.push(t("photoNotImage", { name: picked.name }));
        continue;
      }
      const file = await redraw(picked);
      if (file.size > MESSAGE_PHOTO_MAX_BYTES) notes.push(t("photoTooLarge", { name: picked.name }));
      else added.push({ id: `${Date.now()}-${Math.random()}`, file, url: URL.createObjectURL(file) });
    }
    setNotice(notes.join(" "));
    if (added.length) onChange([...latest.current, ...added]);
  }

  function remove(photo: PickedPhoto) {
    URL.revokeObjectURL(photo.url);
    onChange(photos.filter((p) => p !== photo));
    setNotice("");
  }

  const full = photos.length >= MESSAGE_PHOTOS_MAX;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className="space-y-3" aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}>
      <legend className="text-sm font-medium text-gray-900">{t("photos")}</legend>
      <p id={hintId} className="text-sm text-gray-600">
        {t("photosHint")}
      </p>
      {photos.length > 0 && (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {photos.map((p, i) => (
            <li key={p.id} className="space-y-1">
              {/* eslint-disable-next-line @next/next/no-img-element -- a local preview (blob: URL), not a served image */}
              <img
                src={p.url}
                alt={t("photoPreview", { n: i + 1, name: p.file.name })}
                className="aspect-square w-full rounded-md border border-gray-200 object-cover"
              />
              <button type="button" onClick={() => remove(p)} className={`${buttonClasses("secondary", "sm")} w-full`}>
                {t("removePhoto", { n: i + 1 })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!full && (
        <div className="flex flex-col gap-2 sm:flex-row">
          <label
            className={`${buttonClasses("secondary")} cursor-pointer focus-within:ring-2 focus-within:ring-brand-600`}
          >
            <input
              type="file"
              accept={ACCEPT}
              capture="environment"
              className="sr-only"
              onChange={(e) => {
                const input = e.currentTarget;
                void add(input.files).finally(() => (input.value = ""));
              }}
            />
            {t("takePhoto")}
          </label>
          <label
            className={`${buttonClasses("secondary")} cursor-pointer focus-within:ring-2 focus-within:ring-brand-600`}
          >
            <input
              type="file"
              accept={ACCEPT}
              multiple
              className="sr-only"
              onChange={(e) => {
                const input = e.currentTarget;
                void add(input.files).finally(() => (input.value = ""));
              }}
            />
            {t("choosePhotos")}
          </label>
        </div>
      )}
      <p aria-live="polite" className="min-h-5 text-sm text-gray-700">
        {full ? t("photosFull") : notice}
      </p>
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
