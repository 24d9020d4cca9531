// ESLint flat config. The layer rules keep the architecture honest: lint/layers.mjs holds the
// README's layer table as data (what each folder of src/ may import: an allow-list, with
// relative imports resolved to the folder they land in), and the engine gets no clock, no
// randomness, no DOM, Office or Node globals. test/unit/layering.test.ts proves each rule fires.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import { layersPlugin } from "./lint/layers.mjs";

const notInEngine = (what) => `src/engine is pure: no ${what}. Pass it in from the edge (README, Code layout).`;

export default tseslint.config(
  { ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", "*.config.js", "*.config.mjs", "webpack.config.js"] },
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
    // What each layer may import: lint/layers.mjs (the README's table).
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { peakstock: layersPlugin },
    rules: { "peakstock/layer-imports": "error" },
  },
  {
    // React's rules of hooks; a missing effect dependency is an error, not a warning.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/preview/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // Test hooks only through src/taskpane/testHooks.ts, which the add-in's build compiles away.
    files: ["src/taskpane/**/*.tsx"],
    rules: {
      "no-restricted-syntax": ["error",
        { selector: "JSXAttribute[name.name=/^data-/]", message: "Test hooks go through testId()/testData() (src/taskpane/testHooks.ts): the add-in's markup has none." },
      ],
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error",
        ...["window", "document", "navigator", "localStorage", "sessionStorage", "fetch", "XMLHttpRequest",
          "Office", "Excel", "OfficeRuntime", "CustomFunctions", "process", "require", "setTimeout", "setInterval",
          "crypto", "performance", "globalThis", "self"]
          .map((name) => ({ name, message: notInEngine("DOM, Office, Node, timers, clock or randomness") })),
      ],
      "no-restricted-properties": ["error",
        { object: "Math", property: "random", message: notInEngine("randomness (Math.random)") },
        { object: "Date", property: "now", message: notInEngine("clock (Date.now)") },
        { object: "crypto", property: "getRandomValues", message: notInEngine("randomness (crypto.getRandomValues)") },
        { object: "crypto", property: "randomUUID", message: notInEngine("randomness (crypto.randomUUID)") },
        { object: "performance", property: "now", message: notInEngine("clock (performance.now)") },
      ],
      "no-restricted-syntax": ["error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: notInEngine("clock (new Date())") },
        { selector: "CallExpression[callee.name='Date']", message: notInEngine("clock (Date())") },
      ],
    },
  },
);
