// The sandbox clock moves in calendar days; the product counts business days. This converts the
// way the server does (BusinessCalendar.AddBusinessDays): Monday to Friday, in UTC, which is the
// demo connector's mailbox setting in the Graph sandbox.

const WORKING_DAYS = new Set([1, 2, 3, 4, 5]);

/** Calendar days from `now` to the same time of day `businessDays` working days later. */
export function calendarDaysFor(now: Date, businessDays: number): number {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  let days = 0;
  for (let counted = 0; counted < businessDays;) {
    date.setUTCDate(date.getUTCDate() + 1);
    days++;
    if (WORKING_DAYS.has(date.getUTCDay())) counted++;
  }
  return days;
}

const FORMAT = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

export function formatInstant(iso: string | Date): string {
  return `${FORMAT.format(typeof iso === "string" ? new Date(iso) : iso)} UTC`;
}
