/**
 * The fake's proxy machinery: properties read only after `load` and `sync`,
 * object paths resolved once, collections filled at sync time.
 */
import type { FakeContext } from "./context";
import { FakeOfficeError } from "./state";

export function notLoaded(prop: string): Error {
  return new Error(`PropertyNotLoaded: The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
}

export function bytesOf(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), "utf8");
}

/** Resolves once (the first time a command needs it) and keeps the answer, as Office.js object paths do. */
export function once<T>(resolve: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = resolve();
      done = true;
    }
    return value;
  };
}

export function propsOf(spec: string | string[] | undefined): string[] {
  return (Array.isArray(spec) ? spec : (spec ?? "").split(",")).map((p) => p.trim()).filter((p) => p !== "");
}

/** Something with loadable properties and a null-object state. */
export abstract class Loadable {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(protected readonly ctx: FakeContext, private readonly kind: string) {}

  protected abstract isNull(): boolean;
  protected abstract read(prop: string): unknown;
  protected child(prop: string): Loadable {
    throw new FakeOfficeError("PropertyNotFound", `${this.kind} has no navigation property ${prop}`);
  }

  load(spec?: string | string[]): this {
    const props = propsOf(spec);
    this.ctx.enqueue(`${this.kind}.load`, () => this.snapshot(props));
    return this;
  }

  /** Reads the properties now (inside a sync). */
  snapshot(props: readonly string[]): void {
    this.nullState = this.isNull();
    if (this.nullState) return;
    for (const prop of props) {
      const [head, ...rest] = prop.split("/");
      if (rest.length > 0) this.child(head).snapshot([rest.join("/")]);
      else this.loaded.set(head, this.read(head));
    }
  }

  protected value<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(`${this.kind}.${prop}`);
    return this.loaded.get(prop) as T;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded(`${this.kind}.isNullObject`);
    return this.nullState;
  }
}

/** A collection: `load("items/…")` fills `items` with proxies of the records there at sync time. */
export abstract class CollectionProxy<P extends Loadable> {
  private loadedItems: P[] | undefined;

  constructor(protected readonly ctx: FakeContext, private readonly kind: string) {}

  protected abstract records(): P[];

  load(spec?: string | string[]): this {
    const props = propsOf(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue(`${this.kind}.load`, () => {
      const items = this.records();
      items.forEach((item) => item.snapshot(props));
      this.loadedItems = items;
    });
    return this;
  }

  get items(): P[] {
    if (this.loadedItems === undefined) throw notLoaded(`${this.kind}.items`);
    return this.loadedItems;
  }
}
