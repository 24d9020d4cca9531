// The README's layer table ("Code layout") as data, and the ESLint rule that enforces it:
// `peakstock/layer-imports`. An allow-list: each layer under src/ names the layers and npm
// packages it may import; anything else is reported. Relative imports are resolved against
// the file, so `../excel/x` is judged by where it lands, not by how it is spelled.
//
// Node-only modules (the command line and the .xlsx file code, which read and write files
// with Node) are the only ones that may import Node's built-in modules, and no browser code
// (custom functions, task pane, preview, the rest of src/excel) may import them.
import { builtinModules } from "node:module";
import { dirname, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * What each layer may import. `layers`: folders under src/ (a layer may always import itself);
 * `packages`: npm packages any file of the layer may import (`*` ends a scope or sub-path
 * pattern); `nodePackages`: packages only its Node-only files may import.
 */
export const LAYERS = {
  engine: { layers: ["engine"], packages: ["simple-statistics"], nodePackages: [] },
  functions: { layers: ["engine", "excel"], packages: [], nodePackages: [] },
  excel: { layers: ["engine"], packages: [], nodePackages: ["exceljs"] },
  taskpane: { layers: ["engine", "excel"], packages: ["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*"], nodePackages: [] },
  preview: { layers: ["engine", "excel"], packages: ["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*"], nodePackages: [] },
  cli: { layers: ["engine", "excel"], packages: [], nodePackages: [] },
};

/** Paths (relative to the repository, `/`-separated) of the Node-only modules. */
export function isNodeOnly(path) {
  return path.startsWith("src/cli/") || /^src\/excel\/xlsx[^/]*\.ts$/.test(path) || path.startsWith("src/excel/xlsx/");
}

const NODE_BUILTINS = new Set(builtinModules);

/** The repository-relative, `/`-separated form of an absolute path. */
function repoPath(absolute) {
  return relative(ROOT, absolute).split(sep).join("/");
}

/** The layer a repository path belongs to, or undefined outside src/<layer>/. */
function layerOf(path) {
  const match = /^src\/([^/]+)\//.exec(path);
  return match && Object.hasOwn(LAYERS, match[1]) ? match[1] : undefined;
}

/** The package a bare specifier names: "@scope/name" or "name", with its sub-path kept apart. */
function packageOf(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

function matchesPackage(specifier, patterns) {
  return patterns.some((pattern) =>
    pattern.endsWith("/*") ? specifier.startsWith(pattern.slice(0, -1)) : specifier === pattern,
  );
}

/**
 * Why `specifier`, imported from the file at repository path `from`, breaks the layer table;
 * undefined when it is allowed.
 */
export function layerViolation(from, specifier) {
  const layer = layerOf(from);
  if (layer === undefined) return undefined;
  const rules = LAYERS[layer];
  const nodeOnly = isNodeOnly(from);
  const who = `src/${layer}${nodeOnly && layer !== "cli" ? " (Node-only file)" : ""}`;

  if (specifier.startsWith(".")) {
    const target = repoPath(resolve(ROOT, dirname(from), specifier));
    const targetLayer = layerOf(`${target}/`) ?? layerOf(target);
    if (targetLayer === undefined) return `${who} imports '${specifier}' (${target}), which is outside the layers of src/.`;
    if (targetLayer !== layer && !rules.layers.includes(targetLayer)) {
      const allowed = [layer, ...rules.layers].map((l) => `src/${l}`).join(", ");
      return `${who} may import only ${allowed}: '${specifier}' is in src/${targetLayer}.`;
    }
    if (!nodeOnly && (isNodeOnly(`${target}.ts`) || isNodeOnly(`${target}/`))) {
      return `${who} runs in the browser and may not import the Node-only module '${specifier}' (${target}).`;
    }
    return undefined;
  }

  const bare = specifier.startsWith("node:") ? specifier.slice(5) : specifier;
  if (specifier.startsWith("node:") || NODE_BUILTINS.has(bare) || NODE_BUILTINS.has(packageOf(bare))) {
    return nodeOnly ? undefined : `${who} may not import Node's '${specifier}': only the command line and the .xlsx file code are Node-only.`;
  }
  if (matchesPackage(specifier, rules.packages)) return undefined;
  if (nodeOnly && matchesPackage(specifier, rules.nodePackages)) return undefined;
  const allowed = [...rules.packages, ...(nodeOnly ? rules.nodePackages : [])];
  return `${who} may not import the package '${packageOf(specifier)}'${allowed.length ? ` (allowed: ${allowed.join(", ")})` : " (it imports no npm package)"}.`;
}

/** The string a module reference names, for import/export/require/import() and `import("x")` types. */
function specifierOf(node) {
  const literal = (n) => (n && n.type === "Literal" && typeof n.value === "string" ? n.value : undefined);
  switch (node.type) {
    case "ImportDeclaration":
    case "ExportAllDeclaration":
    case "ExportNamedDeclaration":
    case "ImportExpression":
      return literal(node.source);
    case "TSImportEqualsDeclaration":
      return node.moduleReference.type === "TSExternalModuleReference" ? literal(node.moduleReference.expression) : undefined;
    case "TSImportType":
      return literal(node.argument?.type === "TSLiteralType" ? node.argument.literal : node.argument);
    case "CallExpression":
      return node.callee.type === "Identifier" && node.callee.name === "require" ? literal(node.arguments[0]) : undefined;
    default:
      return undefined;
  }
}

/** ESLint rule: every import of a file under src/<layer>/ must be allowed by {@link LAYERS}. */
const layerImports = {
  meta: {
    type: "problem",
    docs: { description: "Enforce the README's layer table: what each folder of src/ may import." },
    schema: [],
  },
  create(context) {
    const from = repoPath(context.filename);
    if (layerOf(from) === undefined) return {};
    const check = (node) => {
      const specifier = specifierOf(node);
      if (specifier === undefined) return;
      const message = layerViolation(from, specifier);
      if (message) context.report({ node, message });
    };
    return {
      ImportDeclaration: check,
      ExportAllDeclaration: check,
      ExportNamedDeclaration: check,
      ImportExpression: check,
      TSImportEqualsDeclaration: check,
      TSImportType: check,
      CallExpression: check,
    };
  },
};

export const layersPlugin = { rules: { "layer-imports": layerImports } };
