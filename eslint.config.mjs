// ESLint flat config. The layer rules below keep the architecture honest:
// `src/engine` is pure (no Office, React, DOM or Node), and nothing outside
// `src/taskpane` and `src/cli` imports them.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const nodeBuiltins = [
  "assert", "buffer", "child_process", "cluster", "crypto", "dgram", "dns", "events", "fs",
  "fs/promises", "http", "https", "net", "os", "path", "perf_hooks", "process", "readline",
  "stream", "timers", "tls", "url", "util", "v8", "vm", "worker_threads", "zlib",
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "*.config.js", "*.config.mjs", "webpack.config.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Build helpers that webpack.config.js loads with require(): CommonJS by necessity.
    files: ["scripts/**/*.js", "bin/**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/taskpane/**", "src/cli/**"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["**/taskpane", "**/taskpane/**", "**/cli", "**/cli/**"], message: "Nothing imports the task pane or the command line." },
        ],
      }],
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: nodeBuiltins.map((name) => ({ name, message: "src/engine is pure: no Node modules." })),
        patterns: [
          { group: ["node:*"], message: "src/engine is pure: no Node modules." },
          { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "src/engine is pure: no React or UI." },
          { group: ["@microsoft/office-js", "office-*", "@types/office-*"], message: "src/engine is pure: no Office." },
          { group: ["**/excel", "**/excel/**", "**/functions", "**/functions/**", "**/taskpane", "**/taskpane/**", "**/cli", "**/cli/**"], message: "src/engine imports no other layer." },
        ],
      }],
      "no-restricted-globals": ["error",
        ...["window", "document", "navigator", "localStorage", "sessionStorage", "fetch", "XMLHttpRequest",
          "Office", "Excel", "OfficeRuntime", "CustomFunctions", "process", "require", "setTimeout", "setInterval"]
          .map((name) => ({ name, message: "src/engine is pure: no DOM, Office, Node or timers." })),
      ],
      "no-restricted-properties": ["error",
        { object: "Math", property: "random", message: "src/engine is deterministic: pass randomness in." },
        { object: "Date", property: "now", message: "src/engine has no clock: pass the date in." },
      ],
      "no-restricted-syntax": ["error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "src/engine has no clock: pass the date in." },
      ],
    },
  },
);
