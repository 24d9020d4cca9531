/**
 * Every message the sheet readers, the plan and the custom functions' argument
 * checks write, in English: `{name}` marks a value (see `MessageParam`). The
 * Chinese table (`messagesZh.ts`) has the same keys and the same values.
 */
export const MESSAGES_EN = {
  // Phrases used inside other messages.
  cellBlank: "a blank cell",
  cellDate: "the date {date}",
  cellInvalidDate: "an invalid date",

  // One cell.
  blankCell: "{place}: the cell is blank",
  excelError: "{place}: the cell holds the Excel error {error}",
  notFinite: "{place}: {value} is not a finite number",
  notANumber: "{place}: {value} is not a number",
  negativeValue: "{place}: {value} is negative",
  belowMinimum: "{place}: {value} is below the minimum {min}",
  aboveMaximum: "{place}: {value} is above the maximum {max}",
  aboveLimit: "{place}: {value} is above {limit}, more than any real workbook holds; check the cell for a typo",
  notWhole: "{place}: {value} is not a whole number",
  notUsableValue: "{place}: {value} is not a usable value",
  noReadableText: "{place}: the cell holds no readable text",

  // Dates.
  orderDmy: "day/month/year",
  orderMdy: "month/day/year",
  dateSerialRange: "{place}: {value} is not a date serial between 1900-03-01 and 9999-12-31",
  invalidDate: "{place}: the date is invalid",
  expectedDate: "{place}: expected a date, found {value}",
  notRealDate: "{place}: {text} is not a real date",
  notRealDateInOrder: "{place}: {text} is not a real date (read as {order})",
  ambiguousDate: "{place}: {text} could be day/month or month/day; say which order your dates use, or use yyyy-mm-dd",
  notADate: "{place}: {text} is not a date (use yyyy-mm-dd, yyyy/m/d or an Excel date)",

  // Cell words.
  notYesNo: "{place}: {value} is not yes or no (write TRUE/FALSE, yes/no, Y/N, 是/否 or 1/0)",
  notLaneMode: "{place}: {value} is not a lane mode (sea, fast sea, rail, air, express; 海运, 快船, 铁路, 空运, 快递)",
  fractionTooLarge: "{place}: {value} is read as {percent} %, above the {max} % allowed; write {value} % as {fraction} or {value}%",
  percentTooLarge: "{place}: {percent} % is above the {max} % allowed",

  // Date columns and headers.
  mixedDayOrder: "{dmyPlace}: {dmy} is day/month/year, but {mdyPlace}: {mdy} is month/day/year; write every date in one order, or use yyyy-mm-dd",
  ambiguousColumn: "{place}: {text} could be day/month or month/day, and no date in the column settles it; say which order your dates use, or use yyyy-mm-dd",
  duplicateHeader: "{place}: columns {first} ({firstText}) and {second} ({secondText}) are both {header}; keep one",
  missingColumn: "{place}: required column {names} not found in the header row",
  missingColumns: "{place}: required columns {names} not found in the header row",
  sheetEmpty: "{place}: the sheet is empty",

  // Lanes sheet.
  worstBelowTypical: "{place}: {value} is less than {typicalColumn} ({typical})",
  mustBePositive: "{place}: must be more than 0 (got 0)",
  noLaneRows: "{place}: no lane rows below the header (row {headerRow})",
  duplicateLane: "{place}: {lane} is already in row {first}; lane names must be unique",

  // Event sheet.
  valueWithoutKey: "{place}: the value {value} has no key; it is ignored",
  unknownKey: "{place}: {key} is not a known key; it is ignored",
  capacityAllTwice: "{place}: the limit without a destination is given twice; keep one",
  capacityDestinationTwice: "{place}: {destination} is given twice; keep one",
  notACapacity: "{place}: {value} is not a capacity (a number of ft³, or \"Amazon US: 5000; Amazon DE: 2000\")",
  duplicateEventKey: "{sheet} rows {first} and {second} both set {key}; keep one",
  missingKey: "{place}: the key {names} is missing",
  missingKeys: "{place}: the keys {names} are missing",
  endBeforeStart: "{place}: {end} is before {startLabel} ({start})",
  eventTooFar: "{place}: {start} is {days} days after {planLabel} ({planDate}), more than three years ahead; check the year",
  pastNotBefore: "{place}: {past} is not before this event's {startLabel} ({start})",
  cutOffAfterStart: "{place}: the inbound cut-off {cutOff} is after this event's {startLabel} ({start}); it is the last day goods may reach the warehouse before the event",
  seasonEventOver: "{place}: the event ends {end}, before the plan date {planDate} on {sheet}; remove the row or correct its dates",
  seasonOverlap: "{place}: {event} overlaps {other} ({where}: {start} … {end}); the events of one season cannot share days",
  seasonSameName: "{place}: {event} is the name of another event too ({where}); give each event of the season its own name",
  serviceLevelBounds: "{place}: {value} must be between 0 and 1 (e.g. 0.95)",
  notSafetyStockMethod: "{place}: {value} is not a safety-stock method (MAXAVG or SERVICE)",

  // SKUs sheet.
  zeroPerCarton: "{place}: 0 units per carton; write how many units one carton holds (at least 1)",
  noSkuRows: "{place}: no SKU rows below the header (row {headerRow})",
  duplicateSku: "{place}: {sku} is already in row {first}; row {row} is left out",

  // Sales sheet.
  blankUnits: "{place}: the cell is blank; write 0 for a day with no sales",
  noSalesRows: "{place}: no sales rows",
  noMarketplaceRows: "{place}: no sales rows for marketplace {marketplace}",
  endNotWhole: "{place}: the end date {end} is not a whole Excel date serial",
  afterEndDate: "{place}: {date} is after the end date {end}",
  noHeaderDates: "{place}: the date header (row {headerRow}) holds no dates",
  blankDateHeader: "{place}: the date header is blank",
  dateTwiceInHeader: "{place}: {date} appears twice in the date header (also {other})",
  dateOutOfOrder: "{place}: {date} comes before {previous} in {other}; dates must increase from left to right",
  valueWithoutDate: "{place}: a value with no date above it (the dates end at {last})",
  noWideRows: "{place}: no SKU rows under the date header",
  skuWithoutValues: "{place}: SKU {sku} has no sales values (every date cell is blank)",
  salesNoHeader: "{place}: no sales header found in the first {rows} rows. Long layout: a header row with {required}, optionally {optional}; one row per SKU and day. Wide layout: a header row with SKU (or 产品) first, then at least {minDates} dates (日期), one per column; one row per SKU.{miss}",
  salesHeaderLacks: " Row {row} has {found} but not {lacking}.",
  salesHeaderOneDate: " Row {row} starts with {first} but has {dates} date column.",
  salesHeaderFewDates: " Row {row} starts with {first} but has {dates} date columns.",
  allAfterLastDay: "{place}: every row ({count}) is dated after the plan date {lastDay}; there is no history to plan on",
  allColumnsAfterLastDay: "{place}: every date column ({count}) is after the plan date {lastDay}; there is no history to plan on",

  // Sales sheet warnings.
  laterRowLeftOut: "{place}: 1 row dated after the plan date {lastDay} is left out of the history: {first} ({date})",
  laterRowsLeftOut: "{place}: {count} rows dated after the plan date {lastDay} are left out of the history; the first is {first} ({date})",
  laterColumnLeftOut: "{place}: 1 date column after the plan date {lastDay} is left out of the history: {first} ({date})",
  laterColumnsLeftOut: "{place}: {count} date columns after the plan date {lastDay} are left out of the history; the first is {first} ({date})",
  isolatedRowLeftOut: "{first}: {date} is more than a year away from every other sale, so the row is left out (a typo in the year?)",
  isolatedRowsLeftOut: "{place}: {count} rows dated more than a year away from every other sale are left out (a typo in the year?); the first is {first} ({date})",
  isolatedColumnLeftOut: "{first}: {date} is more than a year away from every other date, so the column is left out (a typo in the year?)",
  isolatedColumnsLeftOut: "{place}: {count} date columns more than a year away from every other date are left out (a typo in the year?); the first is {first} ({date})",
  repeatedDay: "{place}: rows {rows} repeat SKU {sku} on {date}; their units were added together",
  repeatedDays: "{place}: {groups} dates repeat a SKU on several rows, whose units were added together; the first is rows {rows} (SKU {sku} on {date})",
  repeatedSku: "{place}: SKU {sku} is on rows {rows}; their values were added together",
  repeatedSkus: "{place}: {groups} SKUs are on several rows, whose values were added together; the first is SKU {sku} on rows {rows}",

  // Event marketplace.
  rowWithoutMarketplace: "{place}: 1 row has no Marketplace while others have one; it is left out of the plan (fill in its Marketplace)",
  rowsWithoutMarketplace: "{place}: {count} rows have no Marketplace while others have one; they are left out of the plan (fill in their Marketplace)",
  noMarketplaceOnSheet: "The event's marketplace {marketplace} cannot be picked out: no row of {place} names a marketplace (no Marketplace column, or it is blank); planned on all sales",
  marketplaceNotOnSheet: "The event's marketplace {marketplace} has no sales on {place} (it has {found}): planned on all sales",

  // Carton data.
  basisWeight: "by weight (per kg)",
  basisVolume: "by volume (per CBM)",
  cartonLength: "length in cm",
  cartonWidth: "width in cm",
  cartonHeight: "height in cm",
  cartonWeight: "gross weight in kg",
  cartonColumnMissing: "{place}: no {column} column, but lane {lane} charges {basis}, so freight, duty and landed cost would come out too low; add the column with each carton's {what}",
  cartonValueMissing: "{place}: blank or 0, but lane {lane} charges {basis}, so freight, duty and landed cost would come out too low; write the carton's {what} (SKUs with sales lacking it: {count})",

  // Input sheets.
  chosenSheetMissing: "The sheet {sheet} chosen for {kind} is not in the workbook",
  noInputSheet: "No {kind} sheet (or {zh}): add one, or rename yours",

  // Past events and the replay.
  eventAlreadyStarted: "{place}: {event} starts on {start}, on or before the plan date {planDate}, so nothing shipped from the plan date can be sold in it and there is nothing to plan. To see how a plan made before it would have done against what sold, replay it (peakstock replay, or the task pane's Replay step); to plan the next edition, move Start, End and PlanDate to it",
  editionsNone: "none listed",
  replayBadEdition: "Replay: {value} is not a start date, a year or the name of {event}; give a past edition's start date (yyyy-mm-dd) or its year: {editions}",
  replayNoEditionInYear: "Replay: no edition of {event} starts in {year}; its past editions start on {editions}",
  replayNoEditions: "Replay: no past edition of {event} to replay: {place} lists none whose window (the event and {cover} cover days) ended by the last day of sales, {last}; add the past start dates there, or give one",
  replayWindowNotCovered: "Replay: the window of {event} starting {start} runs to {end} (the event and {cover} cover days), after the last day of sales {last}; replay an earlier edition, or add the sales up to {end}",
  replayNoHistory: "Replay: no sales before the replayed plan date {planDate} ({days} days before {start}), so there is nothing to plan from; plan fewer days ahead or replay a later edition",

  // Custom-function arguments.
  rangeBetween: "between {min} and {max}",
  rangeAbove: "above {min}",
  rangeAtLeast: "at least {min}",
  rangeBelow: "below {max}",
  rangeAtMost: "at most {max}",
  argRequired: "{place} is required",
  argRequiredDate: "{place} is required (a date)",
  argNotOneNumber: "{place} must be one number, not a range",
  argExcelError: "{place} holds the Excel error {error}",
  argNotFinite: "{place} is not a finite number ({value})",
  argNotANumber: "{place} is not a number ({value})",
  argNegative: "{place} ({value}) is negative",
  argOutsideRange: "{place} must be {range} (got {value})",
  argWhole: "{place} must be a whole number (got {value})",
  argMustBePositive: "{place} must be more than 0 (got 0)",
  argSmallerThan: "{place} ({larger}) is smaller than {smallerName} ({smaller})",
  argRateAbove: "{place} ({value}) is above {max}; enter rates as fractions (0.25 for 25 %)",
  argProductTooLarge: "{a} × {b} × {c} is too large to compute",
  argRow: "{argument} row {row}: {message}",
  cellNegative: "{place} is negative ({value})",
  cellIsText: "{place} is text {value}",
  cellNotNumber: "{place} is {value}, not a number",
  noValues: "{place}: there are no values",
  noSalesValues: "{place}: there are no sales values",
  datesCountMismatch: "dates has {dates} cells but daily_sales has {units}; give one date per sales value",
  notMaxAvgOrService: "{place}: {value} is not MAXAVG or SERVICE",
  zeroForecast: "{place} is 0: with no demand the stock never runs out",
  rangeBoth: "{low} and {high}",
  answerTooLarge: "{names} are too large: the answer does not fit in a number; check them for a typo",
  shipByBeforeFirstDate: "the ship-by date would fall {days} days before the event start {start}, before {first}, the first date Excel shows correctly; check event_start and the day counts",
  allBlank: "{place}: every cell is blank; give one value per SKU",
  replanOneEvent:
    "Re-plan from actuals plans one event; this plan is a season of {count} events ({events}). The Watch above is against {current}; to re-plan the season, add the sales to date to the Sales sheet and generate the batches again",
  replanOneDestination:
    "Re-plan from actuals plans a book with one destination; this plan ships to {destinations}. The Watch above is by destination; to re-plan, add the sales to date to the Sales sheet and generate the batches again",
  scenarioNameTwice: "{place}: {name} is already in row {first}; scenario names must be unique",
  notModeOrLane: "{place}: {value} is neither a lane mode (sea, fast sea, rail, air, express; 海运, 快船, 铁路, 空运, 快递) nor a lane of the plan ({lanes})",
  notASlip: "{place}: {value} is not a slip in days (a whole number of days for every lane, or \"sea: 14; air: 3\" by mode or lane)",
  slipTargetTwice: "{place}: {target} is given twice; keep one",
  scenarioNoLane: "{place}: without {modes} no lane is left to plan with; keep at least one",
} as const satisfies Readonly<Record<string, string>>;

/** A message's stable key. */
export type MessageKey = keyof typeof MESSAGES_EN;
