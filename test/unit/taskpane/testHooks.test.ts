import { TEST_HOOKS, testData, testId } from "../../../src/taskpane/testHooks";

describe("testHooks outside the preview build", () => {
  it("adds nothing to the markup: webpack defines the switch only for the preview", () => {
    // jest, like the add-in's build, has no __PEAKSTOCK_TEST_HOOKS__ = true
    expect(TEST_HOOKS).toBe(false);
    expect(testId("generate")).toEqual({});
    expect(testData({ "run-id": 3 })).toEqual({});
  });
});
