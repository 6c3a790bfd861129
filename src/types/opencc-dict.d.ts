// OpenCC's dictionaries as opencc-js ships them: "简 簡|…", each entry a key and its forms.
declare module "opencc-js/dict/*" {
  const dictionary: string;
  export default dictionary;
}
