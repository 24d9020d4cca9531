// Writes functions.zh-CN.json, the Simplified Chinese custom-function metadata that
// manifest.xml points Chinese Excel at, from the functions.json that
// CustomFunctionsMetadataPlugin generates and the translations in
// src/functions/functions.zh-CN.strings.json. Same ids and parameters, Chinese
// function names (PEAK.安全库存), descriptions and help links. A function or parameter
// without a translation fails the build, so the two files cannot drift apart, and both files
// must pass Microsoft's metadata rules (scripts/check-functions-metadata.js) or the build fails.
/* global require, module */

const { sources } = require("webpack");
const { checkFunctionsMetadata } = require("./check-functions-metadata");

/** The keys a function's entry in functions.zh-CN.strings.json may have. */
const STRING_KEYS = ["name", "description", "parameters"];

/**
 * The Chinese metadata for `metadata` (the parsed functions.json).
 * @param {{ functions: object[] }} metadata generated English metadata
 * @param {Record<string, { name: string, description: string, parameters: Record<string, [string, string]> }>} strings
 * @returns {{ functions: object[] }}
 */
function localizeMetadata(metadata, strings) {
  const problems = [];
  const functions = metadata.functions.map((fn) => {
    const zh = strings[fn.id];
    if (!zh) {
      problems.push(`${fn.id}: no Chinese strings`);
      return fn;
    }
    for (const key of Object.keys(zh)) {
      if (!STRING_KEYS.includes(key)) problems.push(`${fn.id}: "${key}" has no place in the Chinese metadata (only ${STRING_KEYS.join(", ")} are translated)`);
    }
    const parameters = fn.parameters.map((p) => {
      const pair = zh.parameters[p.name];
      if (!pair) {
        problems.push(`${fn.id}.${p.name}: no Chinese strings`);
        return p;
      }
      return { ...p, name: pair[0], description: pair[1] };
    });
    for (const name of Object.keys(zh.parameters)) {
      if (!fn.parameters.some((p) => p.name === name)) problems.push(`${fn.id}.${name}: translated but not a parameter`);
    }
    const helpUrl = fn.helpUrl ? fn.helpUrl.replace("help.html#", "help.html#zh-") : undefined;
    return {
      ...fn,
      name: zh.name,
      description: zh.description,
      ...(helpUrl ? { helpUrl } : {}),
      parameters,
    };
  });
  for (const id of Object.keys(strings)) {
    if (!metadata.functions.some((fn) => fn.id === id)) problems.push(`${id}: translated but not a function`);
  }
  if (problems.length > 0) throw new Error(`functions.zh-CN.strings.json does not match functions.json:\n  ${problems.join("\n  ")}`);
  return { ...metadata, functions };
}

/**
 * The Chinese metadata for `english`, and every problem that must fail the build: a missing or
 * stale translation, or either file breaking Microsoft's metadata rules.
 * @param {{ functions: object[] }} english the generated functions.json (help URLs rewritten)
 * @param {object} strings functions.zh-CN.strings.json
 * @returns {{ chinese?: { functions: object[] }, problems: string[] }}
 */
function buildLocalizedMetadata(english, strings) {
  const problems = checkFunctionsMetadata(english, "functions.json");
  try {
    const chinese = localizeMetadata(english, strings);
    return { chinese, problems: [...problems, ...checkFunctionsMetadata(chinese, "functions.zh-CN.json")] };
  } catch (error) {
    return { problems: [...problems, error.message] };
  }
}

/** Replaces the dev-server base URL in help links (production builds). */
function rewriteHelpUrls(metadata, fromUrl, toUrl) {
  if (!toUrl) return metadata;
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => (fn.helpUrl ? { ...fn, helpUrl: fn.helpUrl.split(fromUrl).join(toUrl) } : fn)),
  };
}

const escapeHtml = (text) => String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The function reference of help.html in one language: a section per function with
 * its syntax, description and parameters; anchors match the metadata's help links.
 * @param {{ functions: object[] }} metadata English or Chinese metadata
 * @param {string} anchorPrefix "" for English, "zh-" for Chinese
 */
function renderFunctionReference(metadata, anchorPrefix) {
  return metadata.functions
    .map((fn) => {
      const args = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      const rows = fn.parameters
        .map((p) => `<li><code>${escapeHtml(p.name)}</code>${p.optional ? " (optional / 可选)" : ""}: ${escapeHtml(p.description ?? "")}</li>`)
        .join("");
      return `<section id="${anchorPrefix}${fn.id.toLowerCase()}"><h3><code>=PEAK.${escapeHtml(fn.name)}(${escapeHtml(args)})</code></h3><p>${escapeHtml(fn.description)}</p><ul>${rows}</ul></section>`;
    })
    .join("\n");
}

/** Webpack plugin: after functions.json exists, rewrite its help URLs and emit functions.zh-CN.json. */
class LocalizeFunctionsPlugin {
  /** @param {{ strings: object, devUrl: string, baseUrl?: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizeFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizeFunctionsPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return; // the metadata plugin reported its own error
        const english = rewriteHelpUrls(JSON.parse(asset.source.source().toString()), this.options.devUrl, this.options.baseUrl);
        compilation.updateAsset("functions.json", new sources.RawSource(JSON.stringify(english, null, 4)));
        const built = buildLocalizedMetadata(english, this.options.strings);
        for (const problem of built.problems) compilation.errors.push(new compiler.webpack.WebpackError(problem));
        if (built.chinese) {
          compilation.emitAsset("functions.zh-CN.json", new sources.RawSource(JSON.stringify(built.chinese, null, 4)));
          this.help = { english, chinese: built.chinese };
        }
      });
      // help.html is emitted by HtmlWebpackPlugin at an earlier stage; fill its two placeholders.
      compilation.hooks.processAssets.tap({ name: "LocalizeFunctionsPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const page = compilation.getAsset("help.html");
        if (!page || !this.help) return;
        const html = page.source
          .source()
          .toString()
          .replace(/<div id="?function-reference-en"?><\/div>/, renderFunctionReference(this.help.english, ""))
          .replace(/<div id="?function-reference-zh"?><\/div>/, renderFunctionReference(this.help.chinese, "zh-"));
        compilation.updateAsset("help.html", new sources.RawSource(html));
      });
    });
  }
}

module.exports = { localizeMetadata, buildLocalizedMetadata, rewriteHelpUrls, renderFunctionReference, LocalizeFunctionsPlugin };
