// What the public message form's page hands its client component (types only, client-safe).
export type IntakeFormStation = {
  id: string;
  name: string;
  address: string;
  district: string | null;
  street: string | null;
  /** The deputies grouped into the station (in office), to address one of them. */
  deputies: { id: string; name: string; level: string }[];
};

export type IntakeFormData = {
  /** The station the message goes to; null: none given (or not one that takes messages), so a picker. */
  station: IntakeFormStation | null;
  /** The station named in the link does not take messages (closed, unknown, another city's). */
  stationUnavailable: boolean;
  /** The deputy named in the link, when one of the station's. */
  deputyId: string | null;
  /** The city's open stations for the picker (only when no station is chosen). */
  stations: { id: string; name: string; district: string | null }[];
  /** The city's category codes (a default's, named in messages/, or the city's own names). */
  categories: string[];
  /** The district and streets the message may concern: the station's district, else the city's. */
  areas: { id: string; name: string; depth: number }[];
};
