// Webpack build of the PeakStock add-in, laid out like Microsoft's shared-runtime templates:
// taskpane.html hosts the task pane AND the custom functions (one shared runtime), so it loads
// both bundles. `npm run build` needs PEAKSTOCK_URL (the add-in's https host), no network and no
// certificates; `npm run build:dev` points at the dev server instead; `npm run dev-server`
// serves dist/ on https://localhost:3000 with office-addin-dev-certs' localhost certificate.
// `--env preview` adds the browser preview (preview.html, preview.js and preview-demo.json: the
// demo workbook beside the task pane, no Excel or office.js); `npm run preview` builds and serves it.
/* global require, module, process, __dirname */

const path = require("path");
const webpack = require("webpack");
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

/**
 * The base URL a build writes into manifest.xml and the help links. A production build of the
 * add-in (`npm run build`) needs PEAKSTOCK_URL: a production manifest pointing at localhost would
 * install an add-in that nobody else can load, so it fails loudly instead. Development builds,
 * the dev server and the browser preview keep the dev server's URL (undefined here).
 * @param {{ production: boolean, preview: boolean }} build what is being built
 * @param {string | undefined} value PEAKSTOCK_URL
 */
function manifestBaseUrl(build, value) {
  const url = productionUrl(value);
  if (url === undefined && build.production && !build.preview) {
    throw new Error(
      "PEAKSTOCK_URL is not set. A production build writes the https URL the add-in is served from into " +
        "manifest.xml: run `PEAKSTOCK_URL=https://your.host/peakstock/ npm run build`. For a build that " +
        "points at the dev server (https://localhost:3000/) run `npm run build:dev`.",
    );
  }
  return url;
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
  const serving = Boolean(env.WEBPACK_SERVE);
  const preview = Boolean(env.preview);
  const baseUrl = production ? manifestBaseUrl({ production, preview }, process.env.PEAKSTOCK_URL) : undefined;

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
      // The browser tests' hooks (data-testid …) exist only in the preview build: src/taskpane/testHooks.ts.
      new webpack.DefinePlugin({ __PEAKSTOCK_TEST_HOOKS__: JSON.stringify(preview) }),
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
module.exports.manifestBaseUrl = manifestBaseUrl;
module.exports.rewriteManifestUrls = rewriteManifestUrls;
module.exports.FUNCTION_SOURCES = FUNCTION_SOURCES;
