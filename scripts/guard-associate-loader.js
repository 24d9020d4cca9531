// Webpack loader for src/functions/functions.ts. CustomFunctionsMetadataPlugin appends
// `CustomFunctions.associate("ID", fn);` to the functions file so that Excel can map each
// @customfunction id to its code. Outside Excel (a browser preview, a test page) the
// CustomFunctions global does not exist and that line would throw a ReferenceError; this
// loader runs after the plugin's and makes every such call conditional.
/* global module */

const CALL = /^CustomFunctions\.associate\(/gm;
const GUARD = 'if (typeof CustomFunctions !== "undefined") CustomFunctions.associate(';

/** Prefixes each top-level `CustomFunctions.associate(` line with a typeof guard. */
function guardAssociateCalls(source) {
  return source.replace(CALL, GUARD);
}

module.exports = function guardAssociateLoader(source) {
  return guardAssociateCalls(source);
};
module.exports.guardAssociateCalls = guardAssociateCalls;
