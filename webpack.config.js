// Webpack build of the PeakStock add-in, laid out like Microsoft's shared-runtime templates:
// taskpane.html hosts the task pane AND the custom functions (one shared runtime), so it loads
// both bundles. `npm run build` needs no network and no certificates; `npm run dev-server`
// serves dist/ on https://localhost:3000 with office-addin-dev-certs' localhost certificate.
// `--env preview` adds the browser preview (preview.html, preview.js and preview-demo.json: the
// demo workbook beside the task pane, no Excel or office.js); `npm run preview` builds and serves it.
/* global require, module, process, __dirname */

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizeFunctionsPlugin } = require("./scripts/localize-functions-metadata");
const { PreviewDemoDataPlugin } = require("./scripts/preview-demo-plugin");

const DEV_URL = "https://localhost:3000/";
const FUNCTIONS_FILE = "./src/functions/functions.ts";
// The files whose JSDoc declares the PEAK functions (functions.ts re-exports them).
const FUNCTION_SOURCES = [
  "./src/functions/stockFunctions.ts",
  "./src/functions/forecastFunctions.ts",
  "./src/functions/logisticsFunctions.ts",
  "./src/functions/classifyFunctions.ts",
  "./src/functions/watchFunctions.ts",
];

/**
 * The production base URL from PEAKSTOCK_URL ("https://addin.example.com/peakstock"), with a
 * trailing slash, or undefined when it is not set. Office only loads add-ins over https.
 */
function productionUrl(value) {
  if (value === undefined || value.trim() === "") return undefined;
  const url = value.trim();
  if (!/^https:\/\/[^/\s]+/.test(url)) {
    throw new Error(`PEAKSTOCK_URL must be an https:// URL, got '${url}'`);
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/** Replaces every dev-server URL in the manifest with the production base URL. */
function rewriteManifestUrls(content, baseUrl) {
  return content.split(DEV_URL).join(baseUrl);
}

/** The preview page and its demo data (`--env preview` only; the add-in's build does not ship them). */
function previewPlugins() {
  return [
    new HtmlWebpackPlugin({
      filename: "preview.html",
      template: "./src/preview/preview.html",
      // The preview loads taskpane.js itself, once its workbook is registered (src/preview/index.tsx).
      chunks: ["preview"],
    }),
    new PreviewDemoDataPlugin({ workbook: "examples/peakstock-demo.xlsx", filename: "preview-demo.json" }),
  ];
}

async function devServerHttpsOptions() {
  // Only `webpack serve` needs the certificate; a build never loads this module.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env = {}, options = {}) => {
  const production = options.mode === "production";
  const baseUrl = production ? productionUrl(process.env.PEAKSTOCK_URL) : undefined;
  const serving = Boolean(env.WEBPACK_SERVE);
  const preview = Boolean(env.preview);

  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_FILE,
      ...(preview ? { preview: "./src/preview/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type-checking is `npm run typecheck`'s job; the bundle only strips types.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          // Runs after CustomFunctionsMetadataPlugin's loader has appended the
          // CustomFunctions.associate calls, before ts-loader.
          test: FUNCTION_SOURCES.map((file) => path.resolve(__dirname, file)),
          use: path.resolve(__dirname, "scripts/guard-associate-loader.js"),
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: FUNCTION_SOURCES,
      }),
      new LocalizeFunctionsPlugin({
        strings: require("./src/functions/functions.zh-CN.strings.json"),
        devUrl: DEV_URL,
        baseUrl,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
      }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return baseUrl ? rewriteManifestUrls(content.toString(), baseUrl) : content;
            },
          },
        ],
      }),
      ...(preview ? previewPlugins() : []),
    ],
    performance: {
      // React + Fluent UI make a ~1 MB task pane bundle served from localhost or the add-in's
      // own host; warn only well past that.
      maxAssetSize: 2_500_000,
      maxEntrypointSize: 2_500_000,
    },
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await devServerHttpsOptions() } : "https",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};

module.exports.productionUrl = productionUrl;
module.exports.rewriteManifestUrls = rewriteManifestUrls;
module.exports.FUNCTION_SOURCES = FUNCTION_SOURCES;
