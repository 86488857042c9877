// exceljs's default theme part (a module exporting the XML as a string), written unchanged.
declare module 'exceljs/lib/xlsx/xml/theme1.js' {
  const xml: string;
  export default xml;
}
