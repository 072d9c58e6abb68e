// oidc-provider ships no type declarations; tests use it as a peer through a small surface.
declare module "oidc-provider" {
  // biome-ignore lint/suspicious/noExplicitAny: untyped library
  const Provider: any;
  export default Provider;
}
