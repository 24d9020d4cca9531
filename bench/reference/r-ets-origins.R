# Reference figures for `npm run bench -- origins`: R's automatic ETS (forecast 8.20,
# `ets()` on ts(frequency = 7)) on the 280 M5 series at the bench's origins, 28-day
# horizon, each series trained from its first sale up to the day before the origin.
# Run once (about 1.3 s of CPU per series per origin):
#   nice Rscript bench/reference/r-ets-origins.R ../shared/data/m5-tiny bench/reference/r-ets-origins.json
# Per origin and series it writes the summed absolute error, actual units, the MASE
# scale (in-sample mean |y(t) − y(t−1)|), interval hits, the pinball losses of the
# daily median (mean) and P90 (upper end of the 80 % interval), and the chosen model.
# Series with no sale before an origin are left out at that origin.
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
folder <- if (length(args) >= 1) args[1] else "../shared/data/m5-tiny"
out <- if (length(args) >= 2) args[2] else "bench/reference/r-ets-origins.json"
# First forecast day of each origin; keep in step with bench/origins.ts.
origins <- c("2013-06-17", "2013-12-09", "2014-02-03", "2014-11-10", "2015-08-24", "2015-11-09", "2016-03-28")
h <- 28
wide <- read.csv(file.path(folder, "sales_wide.csv"), check.names = FALSE, stringsAsFactors = FALSE)
dates <- as.Date(colnames(wide)[7:ncol(wide)])
pin <- function(y, q, tau) sum(ifelse(y >= q, tau * (y - q), (1 - tau) * (q - y)))
num <- function(x) formatC(x, digits = 6, format = "g")
blocks <- character(0)
for (o in origins) {
  at <- which(dates == as.Date(o))
  rows <- character(0)
  started <- proc.time()[["elapsed"]]
  for (i in seq_len(nrow(wide))) {
    y <- as.numeric(wide[i, 7:ncol(wide)])
    first <- which(y > 0)[1]
    if (is.na(first) || first >= at) next  # no sale before the origin: nothing to train on (PeakStock skips it too)
    train <- y[first:(at - 1)]
    test <- y[at:(at + h - 1)]
    fit <- ets(ts(train, frequency = 7))
    fc <- forecast(fit, h = h, level = c(80, 95))
    m <- as.numeric(fc$mean)
    lo80 <- as.numeric(fc$lower[, 1]); hi80 <- as.numeric(fc$upper[, 1])
    lo95 <- as.numeric(fc$lower[, 2]); hi95 <- as.numeric(fc$upper[, 2])
    rows <- c(rows, sprintf(
      '{"id":"%s","model":"%s","absError":%s,"actual":%s,"meanTotal":%s,"scale":%s,"in80":%d,"in95":%d,"belowP90":%d,"pinball50":%s,"pinball90":%s}',
      wide$id[i], fit$method, num(sum(abs(test - m))), num(sum(test)), num(sum(m)), num(mean(abs(diff(train)))),
      sum(test >= lo80 & test <= hi80), sum(test >= lo95 & test <= hi95), sum(test <= hi80),
      num(pin(test, m, 0.5)), num(pin(test, pmax(0, hi80), 0.9))))
  }
  cat(sprintf("%s: %d series in %.0f s\n", o, nrow(wide), proc.time()[["elapsed"]] - started))
  blocks <- c(blocks, sprintf('{"origin":"%s","horizonDays":%d,"series":[\n%s\n]}', o, h, paste(rows, collapse = ",\n")))
}
writeLines(sprintf('{"source":"R %s, forecast %s, ets() automatic on ts(frequency = 7)","origins":[\n%s\n]}',
  paste(R.version$major, R.version$minor, sep = "."), as.character(packageVersion("forecast")), paste(blocks, collapse = ",\n")), out)
