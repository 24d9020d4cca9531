/**
 * `--shipment-files <folder>`: one Send to Amazon upload file per FBA shipment, next to the
 * planned workbook, so the seller uploads it in Seller Central instead of retyping it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isoFromSerial } from "../engine/dates";
import { sendToAmazonText } from "../engine/shipments/sendToAmazonFile";
import type { ShipmentPacking } from "../engine/shipments/shipmentPacking";

/**
 * The file name of a shipment's upload file: its id, destination and ship-by, letters other
 * than A–Z, 0–9, `-` and `_` replaced by `-`.
 * @example shipmentFileName({ id: "B01", shipment: { destination: "Amazon US", shipBy: 46305 } }) // "B01-Amazon-US-2026-10-10.txt"
 */
export function shipmentFileName(packing: Pick<ShipmentPacking, "id"> & { readonly shipment: { readonly destination: string; readonly shipBy: number } }): string {
  const destination = packing.shipment.destination.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
  return `${[packing.id, destination, isoFromSerial(packing.shipment.shipBy)].filter((p) => p !== "").join("-")}.txt`;
}

/**
 * Writes {@link sendToAmazonText} of every FBA shipment (`boxUnits` set) into `folder`, made when
 * missing; shipments to other destinations get none.
 * @returns the files written, in shipment order
 * @throws what the file system throws (a read-only folder, a file where the folder should be)
 * @example writeShipmentFiles("plans/bf-2026", plan.packing) // ["plans/bf-2026/B01-Amazon-US-2026-10-10.txt", …]
 */
export function writeShipmentFiles(folder: string, packings: readonly ShipmentPacking[]): string[] {
  const fba = packings.filter((p) => p.boxUnits !== null);
  if (fba.length > 0) mkdirSync(folder, { recursive: true });
  return fba.map((p) => {
    const file = join(folder, shipmentFileName(p));
    writeFileSync(file, sendToAmazonText(p, p.boxUnits ?? "in-lb"), "utf8");
    return file;
  });
}
