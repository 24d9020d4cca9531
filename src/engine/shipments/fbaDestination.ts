/**
 * Which destinations are Amazon fulfilment (FBA), and which of them measure boxes in
 * inches and pounds: what decides whether a shipment gets a Send to Amazon file.
 */

/** How a marketplace's Send to Amazon upload measures boxes. */
export type BoxUnits = "in-lb" | "cm-kg";

/** The name that identifies a destination: its own, or (the book's one unnamed destination) the event's marketplace. */
function nameOf(destination: string, eventMarketplace: string): string {
  return destination.trim() !== "" ? destination.trim() : eventMarketplace.trim();
}

/**
 * True when the destination is an Amazon fulfilment network: its name (or, for the book's one
 * unnamed destination, the event's Marketplace) starts with "Amazon" or "亚马逊", or names FBA
 * ("Amazon US", "Amazon.de", "FBA ONT8", "亚马逊美国"). A 3PL, Walmart or TikTok destination is not.
 * @example isFbaDestination("Amazon DE") // true
 * @example isFbaDestination("3PL Los Angeles") // false
 * @example isFbaDestination("", "Amazon US") // true: the book's one destination, planned for the Amazon US event
 */
export function isFbaDestination(destination: string, eventMarketplace = ""): boolean {
  const name = nameOf(destination, eventMarketplace);
  return /^amazon(?![a-z])/i.test(name) || /^亚马逊/.test(name) || /(^|[^a-z])fba([^a-z]|$)/i.test(name);
}

/**
 * The units Amazon's Send to Amazon upload template uses for a destination's boxes: inches and
 * pounds for the US store (amazon.com: "Box length (in)", "Box weight (lb)"), centimetres and
 * kilograms elsewhere (the copies of the EU and Japan templates read "(cm)" and "(kg)"). A US
 * destination is one whose name says US, USA, United States, amazon.com or 美国.
 * @example boxUnitsOf("Amazon US") // "in-lb"
 * @example boxUnitsOf("Amazon DE") // "cm-kg"
 */
export function boxUnitsOf(destination: string, eventMarketplace = ""): BoxUnits {
  const name = nameOf(destination, eventMarketplace);
  const us = /(^|[^a-z])(us|usa)([^a-z]|$)/i.test(name) || /united states/i.test(name) || /amazon\.com(?![a-z.])/i.test(name) || /美国/.test(name);
  return us ? "in-lb" : "cm-kg";
}
