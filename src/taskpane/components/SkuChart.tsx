import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ChartSpec } from "../../engine/plan/outputTable";
import { chartGeometry } from "../chartGeometry";
import { format, type Strings } from "../i18n";
import { testId } from "../testHooks";

const WIDTH = 280;
const HEIGHT = 72;

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  svg: { width: "100%", height: "auto", display: "block" },
  frame: { fill: tokens.colorNeutralBackground2 },
  event: { fill: tokens.colorPaletteYellowBackground2 },
  band: { fill: tokens.colorBrandBackground2 },
  history: { fill: "none", stroke: tokens.colorNeutralForeground2, strokeWidth: "1.2" },
  forecast: { fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: "1.6" },
  legend: { display: "flex", columnGap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground3 },
  key: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXXS },
  swatch: { display: "inline-block", width: "10px", height: "10px", borderRadius: tokens.borderRadiusSmall },
  swatchHistory: { backgroundColor: tokens.colorNeutralForeground2 },
  swatchForecast: { backgroundColor: tokens.colorBrandForeground1 },
  swatchEvent: { backgroundColor: tokens.colorPaletteYellowBackground2 },
});

/** A small chart of one SKU: daily sales, the forecast with its 80 % band, the event window. */
export function SkuChart({ sku, spec, strings }: { readonly sku: string; readonly spec: ChartSpec; readonly strings: Strings }) {
  const styles = useStyles();
  const g = chartGeometry(spec, WIDTH, HEIGHT);
  const label = format(strings.chartLabel, { sku });
  return (
    <figure className={styles.figure} {...testId(`chart-${sku}`)}>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} preserveAspectRatio="none">
        <title>{label}</title>
        <rect className={styles.frame} x={0} y={0} width={WIDTH} height={HEIGHT} />
        {g.events.map((e) => (
          <rect key={e.x} className={styles.event} x={e.x} y={0} width={e.width} height={HEIGHT} />
        ))}
        {g.band && <path className={styles.band} d={g.band} />}
        {g.history && <path className={styles.history} d={g.history} />}
        {g.forecast && <path className={styles.forecast} d={g.forecast} />}
      </svg>
      <Caption1 className={styles.legend} aria-hidden="true">
        <span className={styles.key}>
          <span className={`${styles.swatch} ${styles.swatchHistory}`} />
          {strings.legendHistory}
        </span>
        <span className={styles.key}>
          <span className={`${styles.swatch} ${styles.swatchForecast}`} />
          {strings.legendForecast}
        </span>
        <span className={styles.key}>
          <span className={`${styles.swatch} ${styles.swatchEvent}`} />
          {strings.legendEvent}
        </span>
      </Caption1>
    </figure>
  );
}
