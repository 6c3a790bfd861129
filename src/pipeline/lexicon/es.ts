import type { Lexicon } from "./types.ts";

const L = "\\p{gc=L}";
/** A word ends here: "cierra" must not run on into a longer word. */
const E = `(?!${L})`;

/** Each service noun must end a word: "fabrica" is not "fabricante". */
const wordEnd = (nouns: Record<string, string[]>) =>
  Object.fromEntries(
    Object.entries(nouns).map(([label, list]) => [label, list.map((noun) => `(?:${noun})${E}`)]),
  );

// "China" as a market or place right after a verb of leaving: "sale de China", "abandona el mercado chino".
const CHINA_MARKET =
  "(el |la |al |del )?(mercado chino|mercado de china|china( continental)?|gigante asiatico|republica popular( china)?|pais asiatico)";
// Optional adverbs between a verb of leaving and the market: "se retira definitivamente de China".
const ADVERB =
  "((completamente|definitivamente|totalmente|oficialmente|finalmente|por completo|de forma definitiva) )?";

// Verbs of stopping, most tenses: suspende, suspendio, suspendera, suspender, suspendido…
const STOP = `(suspend${L}*|deten${L}*|detien${L}*|detuv${L}*|interrump${L}*|paraliz${L}*|paralic${L}*|congel${L}*|cancel${L}*|pone fin a|puso fin a|pondra fin a|poner fin a|ponen fin a|pusieron fin a)`;
// "deja de", "dejo de", "dejara de", "dejar de", "cesa de", "ceso de".
const CEASE = `(deja${L}* de|dejo de|dejar de|dejaron de|cesa${L}* de|ceso de|cesar de|cesaron de)`;

/** Spanish (folded: á → a, ñ → n, ü → u). */
export const es: Lexicon = {
  language: "es",
  spaced: true,
  adjectivesFollow: true,
  countries: {
    "ee. uu.": "US",
    "ee.uu.": "US",
    "ee uu": "US",
    eeuu: "US",
    "estados unidos": "US",
    norteamerica: "US",
    "corea del sur": "KR",
    taiwan: "TW",
    "hong kong": "HK",
    "reino unido": "GB",
    rusia: "RU",
    india: "IN",
    japon: "JP",
  },
  nouns: {
    service: wordEnd({
      store: ["tiendas?", "librerias?", "establecimientos?", "puntos? de venta", "concesionarios?"],
      website: [
        "sitios? web",
        "paginas? web",
        `web${E}`,
        "portal(es)?",
        `version(es)? (local(es)?|china|chinas|en chino|para china)`,
        `red(es)? social(es)?`,
        "buscador(es)?",
        "red profesional",
      ],
      service: [`servicios?${E}`, `plataformas?${E}`, "tienda de aplicaciones", `anuncios${E}`],
      app: [`aplicacion(es)?${E}`, `apps?${E}`],
      office: [
        "oficinas?",
        // Not "estudio" alone: "un estudio de mercado" is a survey.
        "estudios? de (desarrollo|videojuegos|juegos)",
        "fabricas?",
        `plantas?${E}`,
        "centros? de (datos|investigacion|desarrollo|i\\+d|innovacion)",
        `sedes?${E}`,
        "laboratorios?",
        "instalaciones",
        // "su equipo de I+D en Shanghái": a team named by its work, never "el equipo" alone.
        "equipos? (de |del )?(i\\+d|investigacion( y desarrollo)?|desarrollo|desarrolladores|ingenieria|ingenieros|software)",
        "(division(es)?|departamentos?|unidad(es)?) (de )?(i\\+d|investigacion( y desarrollo)?|desarrollo)",
      ],
      production: ["produccion", "fabricacion", "manufactura"],
      business: [
        `operaciones${E}`,
        `filial(es)?${E}`,
        "subsidiarias?",
        `negocios?${E}`,
        "actividad(es)?",
      ],
      product: [`productos?${E}`, `(video)?juegos?${E}`, `servidores?${E}`],
    }),
    merchant: [
      `vendedores?${E}`,
      `comerciantes?${E}`,
      `minoristas?${E}`,
      `proveedores?${E}`,
      `marcas${E}`,
      `marca china${E}`,
      `distribuidores?${E}`,
      "tiendas de (vendedores|terceros|comerciantes)",
      "cuentas de (vendedores|comerciantes)",
    ],
    relation: [
      `alianzas?${E}`,
      `(?<!de )acuerdos?${E}`,
      `asociacion(es)?${E}`,
      `colaboracion(es)?${E}`,
      `cooperacion${E}`,
      `contratos?${E}`,
      `licencias?${E}`,
      `lazos${E}`,
      `vinculos?${E}`,
      `(?<!en )relacion(es)?( comercial(es)?)?${E}`,
      `integracion(es)?${E}`,
      "empresas? conjuntas?",
      "joint ventures?",
      `convenios?${E}`,
      `pactos?${E}`,
    ],
    stake: [
      `participacion(es)?(?! (de|en el) mercado)( accionarial)?${E}`,
      `acciones${E}(?! (legales|propias))`,
      "paquete (accionarial|de acciones)",
      `\\d+([,.]\\d+)? ?(%|por ?ciento) (de|del) (capital|accionariado|acciones)`,
      "accionariado",
    ],
  },
  actions: [
    // "sus servicios ya no son accesibles desde China continental", "dejó de ser accesible".
    {
      type: "exit",
      pattern: `((sus|todos sus) servicios (\\S+ ){0,2}?(ya )?no (son|seran|estan|estaran) (accesibles|disponibles)|dej(o|a|ara) de ser accesible) (desde|en) ${CHINA_MARKET}${E}`,
    },
    // Exit: "sale de China", "abandona el mercado chino", "se retira de China", "la salida de China".
    {
      type: "exit",
      pattern: `(sal(e|en|io|ieron|dra|dran|ir|iendo|ido|ga|gan)|se retir${L}*|retir(a|an|o|ara|aran|arse|ado|ada)|abandon${L}*|se marcha${L}*|se va|se fue|se ira|deja${L}*|dejo|se despid${L}* de|se despide de|replega${L}*|se repleg${L}*|repliega${L}*) ${ADVERB}(de |del )?${CHINA_MARKET}${E}`,
    },
    {
      type: "exit",
      pattern: `(salida|retirada|retiro|abandono|marcha|repliegue|adios|despedida|desembarco) (definitiv[oa] |total )?(de [${L}\\d.&-]+( [${L}\\d.&-]+)? )?(de|del) ${CHINA_MARKET}${E}`,
    },
    {
      type: "exit",
      pattern: `(cesa${L}*|ceso|cese|cierra${L}*|cerr(o|ara|aran|ar|ado|aron)|pone fin a|puso fin a|pondra fin a|poner fin a|termina${L}*|liquida${L}*|desmantel${L}*) (todas )?(sus|las) (operaciones|actividades)${E}(?! (de|del|de la|de los|de su|de sus)${E})`,
    },
    {
      type: "exit",
      pattern: `(cese|fin|cierre) de (todas )?(sus|las) (operaciones|actividades) (en|del?) ${CHINA_MARKET}${E}`,
    },
    { type: "exit", pattern: `(hace|hizo|hara|hacer|haciendo|hacen|hicieron) las maletas${E}` },

    // Business with a named party stopped: "suspende los negocios con Huawei", "no suministrará a Huawei".
    {
      type: "partnership-cut",
      pattern: `(${STOP}|${CEASE} (hacer|tener)|romp${L}*|rompi${L}*|cort(a|an|o|aron|ara|aran|ar|ado)${E}) (los |sus |todos los |todo |cualquier )?(negocios|tratos|transacciones|comercio|intercambios|suministros?|envios|ventas|relacion(es)? comercial(es)?) (con|a|al) (?!(la|el|los|las|china|rusia|clientes|consumidores)${E})`,
    },
    {
      type: "partnership-cut",
      pattern: `no (suministr|provee|abastec|vender|enviar)${L}* (mas )?(a|al) (?!(la|el|los|las|china|rusia|clientes|consumidores)${E})`,
    },
    {
      type: "partnership-cut",
      pattern: `(${CEASE}|${STOP}) (suministrar|proveer|abastecer|dar soporte|actualizar)${E}`,
    },
    // Sales halt, direct sales first.
    {
      type: "sales-halt",
      pattern: `(${CEASE}|${STOP}) (de )?vender directamente`,
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: `${STOP} (las |sus |toda su |todas las )?ventas? directas?`,
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: `(ya )?no (podran|podra|se podra|pueden|podian|podrian) (comprar|adquirir) … directamente`,
      what: "direct sales",
    },
    // "Deja de ofrecer su servicio de traducción": the service closes, nothing stops selling.
    {
      type: "shutdown",
      pattern: `${CEASE} (ofrecer|prestar|proporcionar|operar|dar) (su|sus|el|los|la|las) (servicios?|aplicacion(es)?|apps?|plataformas?|buscador|traductor|red social|web|sitio|version|herramienta|funcion)${E}`,
    },
    // A licence now required to export (or sell) there halts the sales.
    // "revocó parte de sus licencias de exportación", "un nuevo requisito de licencia".
    {
      type: "sales-halt",
      pattern: `(revoc${L}*|revoq${L}*|retir${L}*|anul${L}*|cancel${L}*) … licencias?${E}|licencias?${E} … (revocad|retirad|anulad|cancelad)${L}*|requisitos? de licencia${E}`,
      what: "export licence",
    },
    // "restringirle las ventas en China": the home government curbs a company's sales there.
    {
      type: "sales-halt",
      pattern: `(restring${L}*|restrinj${L}*|limit${L}*|prohib${L}*|veta${L}*) (\\S+ ){0,3}?(las |sus )?(ventas|exportaciones|envios)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `(exig${L}*|requier${L}*|requer${L}*|impon${L}*|impus${L}*|necesit${L}*|somet${L}*|sujet${L}*) … licencias? (de exportacion|para (exportar|vender|enviar|suministrar))${E}`,
    },
    {
      type: "sales-halt",
      pattern: `${CEASE} (vender|comercializar|distribuir|suministrar|exportar|enviar|ofrecer|despachar|entregar)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `${STOP} (las |sus |la |su |todas las |todas sus |los |el )?(ventas?|envios?|exportaciones|suministros?|entregas|distribucion|comercializacion|pedidos)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `(suspension|cese|interrupcion|paralizacion|congelacion|fin) (de|del) (las |sus |la |su |los |el )?(ventas?|envios|exportaciones|suministros?|entregas|distribucion|comercializacion)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `ya no (vende|venden|vendera|venderan|comercializa${L}*|ofrece|ofreceran|ofrecera|distribuye|suministra${L}*)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `(ya )?no (podran|podra|se podra|se podran|pueden|se pueden) (comprar|adquirir|pedir|encargar)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `(retir${L}*) … (de la venta|de las tiendas|de los estantes|del catalogo)`,
    },

    {
      type: "sales-halt",
      pattern: `(ya )?no (podra|podran|puede|pueden) (seguir )?(vender|exportar|enviar|suministrar|comercializar|distribuir)${E}`,
    },
    // Restrictions on sign-ups and features.
    {
      type: "restriction",
      pattern: `(limit${L}*|restring${L}*|restrinj${L}*|restringi${L}*|${STOP}|cerr(o|ara|ar|ado)|cierra${L}*) … (el |los )?(registros?|inscripcion(es)?|altas|nuevos usuarios|nuevas cuentas|nuevos clientes|nuevos suscriptores)${E}`,
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `no (admite|admitira|acepta|aceptara|permite|permitira) (mas )?(nuevos|nuevas) (usuarios|registros|clientes|cuentas|suscriptores)${E}`,
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `solo (permit${L}*|dejara|deja) … (registrarse|registrar|crear (una )?cuentas?)${E}`,
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `(limit${L}*|restring${L}*|restrinj${L}*|restringi${L}*|desactiv${L}*|deshabilit${L}*|recort${L}*|elimin${L}*) … (el |la )?(acceso|funcion(es)?|funcionalidad(es)?|caracteristicas|opcion(es)?|ajustes?)${E}`,
      what: "access",
    },
    {
      type: "restriction",
      pattern: `${CEASE} (aceptar|admitir|registrar|permitir) … (nuevos|nuevas) (usuarios|clientes|cuentas|registros|suscriptores)${E}`,
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `(acceso|funciones|funcionalidades) (limitad|restringid|desactivad|deshabilitad)[oa]s?${E}`,
      what: "access",
    },
    {
      type: "restriction",
      pattern: `(cuentas|usuarios) gratuit[oa]s … (ya no|no podran|dejaran de)`,
      what: "free accounts",
    },

    {
      type: "restriction",
      pattern: `(retir${L}*|elimin${L}*|quit(a|an|o|aron|ara|ar|ado)${E}|borr${L}*|suprim${L}*|desaparec${L}*|hace limpieza|hizo limpieza|purg${L}*) …… (de |en |del )?(la |su |el )?(version china (de|del) (su |la |el )?)?(app store|tienda (de aplicaciones|china|digital|online)|play store|store)${E}`,
      what: "apps from its store",
    },
    {
      type: "restriction",
      pattern: `(ya )?no (esta|estan|estara|estaran|estaba|estaban) disponibles? (en|para los usuarios (en|de)|para) (la )?chin`,
      what: "access",
    },
    {
      type: "restriction",
      pattern: `(limit${L}*|restring${L}*|bloque${L}*|cort${L}*) … (el )?(trafico|api|acceso a (su|la) api)${E}`,
      what: "access",
    },
    // Seller bans.
    {
      type: "seller-ban",
      pattern: `(prohib${L}*|vet(a|o|an|ara|aron|ado|ar)|expuls${L}*|bloque${L}*|suspend${L}*|cierra${L}*|cerr(o|ara|aran|ar|ado|aron)|elimin${L}*|retir${L}*|da de baja|dio de baja|dara de baja|dar de baja|excluy${L}*|exclu(ir|ido|idos)|bane${L}*|veta${L}*|sancion${L}*) … {merchant}`,
      what: "sellers",
    },
    {
      type: "seller-ban",
      pattern: `{merchant} … (fueron|han sido|seran|son|quedaron|quedan) (expulsad|bloquead|suspendid|eliminad|vetad|excluid|retirad|prohibid|dad)[oa]s`,
      what: "sellers",
    },

    // Partnership cuts.
    {
      type: "partnership-cut",
      pattern: `(ya )?no (podran|podra|se podra|pueden) (iniciar sesion|conectarse|acceder con)${E}`,
      what: "log-in integration",
    },
    {
      type: "partnership-cut",
      pattern: `(romp${L}*|rompi${L}*|roto|cort(a|an|o|aron|ara|aran|ar|ado|ando)${E}|cancel${L}*|rescind${L}*|suspend${L}*|termin(a|an|o|aron|ara|aran|ar|ado|ando)${E}|finaliz${L}*|congel${L}*|anul${L}*|revoc${L}*|retir${L}*|pone fin a|puso fin a|pondra fin a|poner fin a|ponen fin a|disolv${L}*|disuelv${L}*|da por terminad[oa]s?|dio por terminad[oa]s?|no renov${L}*|interrump${L}*) … {relation}`,
    },
    {
      type: "partnership-cut",
      pattern: `no (\\S+ )?renov${L}* (\\S+ ){0,3}?{relation}`,
    },
    {
      type: "partnership-cut",
      pattern: `(fin|ruptura|cancelacion|suspension|rescision|terminacion|revocacion|anulacion|congelacion) (de|del) (su |sus |la |el |los |las |toda |todo )?{relation}`,
    },
    {
      type: "partnership-cut",
      pattern: `${CEASE} (colaborar|cooperar|trabajar|hacer negocios|asociarse) con${E}`,
    },
    {
      type: "partnership-cut",
      pattern: `{relation} … (fue|fueron|sera|seran|ha sido|han sido|queda|quedan|quedo|quedaron) (revocad|suspendid|rot|cancelad|rescindid|interrumpid|anulad|congelad|terminad)[oa]s?${E}`,
    },

    // Divestment.
    // A unit spun off as a company of its own leaves the parent: a divestment.
    { type: "divestment", pattern: `(escind${L}*|escision)` },
    {
      type: "divestment",
      pattern: `(vend(e|en|io|ieron|era|eran|er|ido|iendo|a|an)|cede|ceden|cedio|cedera|ceder|cedido|traspas${L}*|desinv${L}*|enajen${L}*|se deshac${L}* de|se deshizo de|deshacerse de|se desprend${L}* de|desprenderse de|liquid(a|an|o|ara|ar)${E}) (al? (su |sus )?(\\S+ ){1,5}?)?(toda |todas |parte de |el resto de |algun(o|a)s |vari(o|a)s |(el |un )?\\d+([.,]\\d+)? ?(%|por ciento) (de |del )|el control (de |del )|la mayoria (de |del ))?(su|sus|la|el|las|los|una|un)? ?"?([${L}-]+ )?(participacion(es)?|negocios?|filial(es)?|division(es)?|unidad(es)?|operaciones|acciones|subsidiarias?|paquete accionarial|activos|infraestructuras?|servidores|centros de datos|fabricas?|plantas?|{stake})${E}`,
    },
    {
      type: "divestment",
      pattern: `(venta|desinversion|cesion|traspaso|enajenacion|escision) (de|del) (toda |parte de )?(su |sus |la |el |las |los )?([${L}-]+ )?(participacion|negocio|filial|division|unidad|operaciones|acciones|subsidiaria)${E}`,
    },
    {
      type: "divestment",
      pattern: `(sale|salio|saldra|salir|se retira|se retiro) del (capital|accionariado) de${E}`,
    },

    // Stakes taken (other).
    // "Didi adquirirá las operaciones de Uber": a sale told from the buyer's side is the seller's.
    {
      type: "divestment",
      // "ha comprado la división de ordenadores personales de IBM": what the unit makes may
      // stand between it and its seller.
      pattern: `(adquier${L}*|adquiri${L}*|adquirir|compr(a|an|o|ara|aron|ar|ado|ada)|absorb${L}*) (el control de |la totalidad de )?(las |los |la |el )?(operaciones|negocios?|actividades|unidad(es)?|filial(es)?|subsidiarias?|activos|divisi(on|ones)) (chin[oa]s? |locales |local )?(de \\S+( \\S+)? )?(de|del|de la) `,
      sellerAfter: true,
    },
    {
      type: "other",
      pattern: `(adquier${L}*|adquiri${L}*|adquirir|compr(a|an|o|ara|aron|ar|ado)|obtien${L}*|obtuv${L}*|obtendr${L}*|obten(er|ido)|recib${L}*|tom(a|o|ara|ar|ado) (el |un |una )?(control|participacion)|se hace con|se hizo con|se hara con|hacerse con|se queda con|se quedo con|se quedara con|a cambio de) … {stake}`,
      what: "buys a stake in",
    },
    {
      type: "other",
      pattern: `(adquier${L}*|adquiri${L}*|compr(a|an|o|ara|aron|ar|ado)) (el |un |una )?\\d+([,.]\\d+)? ?(%|por ?ciento)`,
      what: "buys a stake in",
    },
    {
      type: "other",
      pattern: `(entra|entro|entrara|entrar) en el (capital|accionariado) de${E}`,
      what: "buys a stake in",
    },
    {
      type: "other",
      pattern: `(invierte|invierten|invirtio|invirtieron|invertira|invertiran|invertir|invertido) … en (?!(el|la|los|las|su|sus|un|una|nuev[oa]s?|este|esta|estos|estas|china|pekin|shanghai|shenzhen|i\\+d|investigacion|desarrollo|infraestructuras?)${E})`,
      what: "invests in",
    },

    // Blocked by the Chinese state, named by its country: "China prohibirá el uso de Windows 8".
    // "Cisco fue excluida de la lista de compras públicas": the state no longer buys it.
    // "Bing recibió la orden de suspender": told to by the state.
    {
      type: "blocked",
      pattern: `(recibio|recibieron|ha recibido|han recibido) (la )?orden de (suspender|detener|retirar|cerrar|desactivar|bloquear)|(fue|fueron|ha sido|han sido) (obligad|forzad)[oa]s? a (suspender|detener|retirar|cerrar|desactivar)`,
    },
    {
      type: "blocked",
      pattern: `(excluid${L}*|excluy${L}*|elimin${L}*|retir${L}*|desaparec${L}*) …… de la lista de (compras|proveedores|adquisiciones)`,
      what: "government procurement",
    },
    {
      type: "blocked",
      pattern: `china (ha |habia |va a |ha (anunciado|decidido) que |anuncio que |decidio )?(prohib${L}*|bloque${L}*|vet(a|o|ara|ado)${E})`,
    },
    {
      type: "blocked",
      pattern: `(gobierno|autoridades|reguladore?s?|regulador|pekin|beijing|censores|censura|ciberespacio|cac|ministerio|organismo regulador|tribunal)${E} … (bloque${L}*|prohib${L}*|vet(a|o|an|aron|ado|ar)${E}|censur${L}*|orden${L}* … (retirar|eliminar|cerrar|bloquear)|sancion${L}*|excluy${L}*)`,
    },
    {
      type: "blocked",
      pattern: `(bloquead|prohibid|censurad|vetad|inaccesible|banead)${L}*'? (en|por|de) (la )?(china|el pais|pekin)${E}`,
    },
    {
      type: "blocked",
      pattern:
        "gran (cortafuegos|firewall)|gran muralla (digital|informatica|de internet|electronica)",
      backdrop: true,
    },

    {
      type: "blocked",
      pattern: `(qued${L}*|result${L}*|esta|estan|estaba|estaban|sigue|siguen|permanece${L}*|ha sido|han sido|fue|fueron) (practicamente |totalmente |completamente |parcialmente )?(inaccesibles?|bloquead[oa]s?|censurad[oa]s?|vetad[oa]s?)${E}`,
    },
    {
      type: "blocked",
      pattern: `(orden|peticion|instancias|exigencia|requerimiento|presion(es)?)( expresa| directa)? (del|de las|de la|de los|de) (regulador|reguladores|autoridades|gobierno|pekin|ciberespacio|administracion|censores)${E}`,
    },
    {
      type: "other",
      pattern: `(renunci${L}*|desist${L}*|abandon${L}*) … (a comprar|a adquirir|(a |de )?la (compra|adquisicion|fusion|operacion|oferta)|(a |de )?su oferta)${E}`,
      what: "abandons a deal",
    },
    {
      type: "divestment",
      pattern: `(escind${L}*|escision|spin-?off|segrega${L}*|separa${L}*) … en una (empresa|sociedad|entidad|compania) (independiente|autonoma|separada|aparte|local)${E}`,
    },
    {
      type: "divestment",
      pattern: `(fusion${L}*|integr${L}*) (su |sus )?(negocio|filial|operaciones|actividades) (chin[oa]s?|local(es)?|en china) (con|en)${E}`,
    },
    // "stopped making TVs in China": production there ends.
    {
      type: "shutdown",
      pattern: `(dej${L}* de|ces${L}* de|cesar de|par${L}* de) (fabricar|producir|ensamblar|manufacturar)`,
      what: "production",
    },
    // "disolvió su alianza con Alibaba": a relation dissolved is a cut, not a closure.
    {
      type: "partnership-cut",
      pattern: `(disolv${L}*|disuel${L}*) (\\S+ ){0,3}?{relation}`,
    },
    // Shutdowns, last: they are the most generic.
    {
      type: "shutdown",
      pattern: `(cierra${L}*|cierre${L}*|cerr(o|ara|aran|ar|ado|aron|ando)|clausur${L}*|apag${L}*|desactiv${L}*|suspend${L}*|elimin${L}*|da de baja|dio de baja|dara de baja|dar de baja|discontinu${L}*|desconect${L}*|pone fin a|puso fin a|pondra fin a|poner fin a|retir${L}*|deja de operar|dejara de operar|dejo de operar|disolv${L}*|disuel${L}*|desmantel${L}*|desarticul${L}*) … {service}`,
    },
    {
      type: "shutdown",
      pattern: `(el |al )?(cierre|clausura|apagado|desactivacion|fin|desmantelamiento|disolucion) (de|del) (su |sus |la |el |los |las )?([${L}-]+ )?{service}`,
    },
    {
      type: "shutdown",
      pattern: `{service} … (dejara|dejaran|dejo|dejaron|deja|dejan|dejar|dejaria|cesara|cesaran) de (funcionar|operar|estar disponibles?|prestar servicio|ofrecerse)${E}`,
    },
    // "Retira LinkedIn de China": one product or service withdrawn from the market.
    {
      type: "shutdown",
      pattern: `retir${L}* … (de china|del mercado chino|del gigante asiatico)${E}`,
    },
    // "IBM vendió su división de PC al grupo chino Lenovo": a sale of anything to a buyer the text names as Chinese, or that is
    // a Chinese company, is a divestment toward China; to anyone else it is not read here.
    {
      type: "divestment",
      pattern: `(vend${L}*|traspas${L}*) (\\S+ ){1,10}?(a|al)${E}`,
      buyerChinese: true,
    },
  ],
  china: [
    // A Chinese domain names the China site: "google.cn".
    `([a-z0-9-]+\\.)+cn${E}`,
    `chin(a|as|o|os)${E}`,
    "pekin",
    "beijing",
    "shanghai",
    "shenzhen",
    "hangzhou",
    "canton",
    "guangzhou",
    "wuhan",
    "chengdu",
    "dalian",
    "tianjin",
    "china continental",
    "gigante asiatico",
    "republica popular china",
  ],
  mainland: ["china continental", `continental${E}`],
  anaphors: [
    "la compania",
    "la empresa",
    "la firma",
    "el grupo",
    "la plataforma",
    "el gigante",
    "la tecnologica",
    "el fabricante",
    "la marca",
    "la red social",
    "el buscador",
    "la aplicacion",
    "la app",
    "la startup",
    "la multinacional",
    "el servicio",
    "el minorista",
    "la estadounidense",
    "la californiana",
    "la japonesa",
    "la surcoreana",
    "el conglomerado",
  ],
  hedges: [
    // A move denied: "Steam has not been banned".
    `no (ha|han|habia|fue|fueron|esta|estan|sera) (sido )?(bloquead|banead|prohibid|censurad|cerrad|retirad)${L}*`,
    // An individual user's account closed is not a move in the market.
    `(cerr|suspend|bloque|cancel|elimin)${L}*,? (\\S+ ){0,10}?(las |sus |unas )?cuentas de`,
    // A condition, not a move: "unless the company sells its stake".
    "a menos que",
    "podrian?",
    "estarian?",
    "habrian?",
    "tendrian?",
    "deberian?",
    `(considera|consideran|considerando|se plantea|se planteaba|se plantean|planteandose)${E}`,
    `estudia(n|ndo|ba)?${E}`,
    `sopes${L}*`,
    `baraj${L}*`,
    `rumor${L}*`,
    `desmient${L}*`,
    `desmint${L}*`,
    `desmentid${L}*`,
    `niega${E}`,
    `nego (que|haber)`,
    `negocia(n|ndo|ciones|cion)?${E}`,
    "conversaciones",
    `amenaz(a|an|o|aron|ando|aba) con${E}`,
    `(?<!${L})si (el|la|los|las|no|se) `,
    "en caso de",
    "segun rumores",
    // Sources alone report a fact; with the conditional of hearsay or a plan they report talk.
    "(segun (algunos|varios|diversos|fuentes|medios|informes)|fuentes (cercanas|proximas))[^.]{0,80}?(habria|habrian|estaria|estarian|podria|podrian|tendria|tendrian|planea|planean|considera|consideran|evalua|evaluan)",
    "no ha confirmado",
    `especul${L}*`,
    "posiblemente",
    "supuestamente",
    "presuntamente",
    "no descarta",
  ],
  precedent: ["tras", "despues de", "como", "al igual que", "a la estela de"],
  background: [
    `ya (habia|habian|hab${L}*)`,
    "(habia|habian) ya",
    "anteriormente",
    "previamente",
    "con anterioridad",
    "en el pasado",
    "en su momento",
    "por aquel entonces",
    "en aquel (entonces|momento)",
    "(para|hasta|ya) entonces",
    "desde entonces",
    "(anos|meses|dias) (despues|mas tarde|antes)",
    "al ano siguiente",
    "hace (unos|varios|algunos|\\d+|dos|tres|diez) anos",
    "no es la primera vez",
    "por primera vez",
    "ya en",
    "cabe recordar",
    "recordemos",
    "antes de eso",
  ],
  // Getting round a block, beside a name of the Great Firewall: "apps to get around it".
  // China as where something moves to: "to move production to China".
  relocation: ["(traslad|mud|reubic|transfer|desplaz)\\S* (\\S+ ){0,5}?(a|hacia) "],
  // A sale's buyer follows these: "a la surcoreana SK hynix".
  buyerBefore: ["a", "al"],
  circumvent: [
    "elud\\p{L}*",
    "sorte\\p{L}*",
    "burl\\p{L}*",
    "salt\\p{L}*",
    "esquiv\\p{L}*",
    "evad\\p{L}*",
    "evit\\p{L}*",
    "atraves\\p{L}*",
    "sortear",
  ],
  entries: [
    `lanz${L}*`,
    `lanc${L}*`,
    `desembarc${L}*`,
    "entra(r|ra|ran|n|do)? en el mercado",
    "llega(r|ra|ran|n|do)? a china",
    "llegada a china",
    `(abr(e|en|io|ira|iran|ir)|abierto|inaugur${L}*)${E}`,
    `expan${L}*`,
    `amplia${L}* (su|sus) (presencia|operaciones|negocio)`,
    "refuerza (su|sus) (presencia|apuesta)",
    "(vuelve|volvera|regresa|regreso|retorna|retorno) a china",
    "(su )?regreso (a|al mercado) chin",
    `(se instala|se establece|se implanta|implantacion)${E}`,
  ],
  companyMarkers: {
    before: [
      "la (empresa|compania|firma|tecnologica|startup|plataforma|marca|multinacional|operadora|fabricante)",
      "el (grupo|gigante|fabricante|conglomerado|buscador|portal|estudio|desarrollador)",
      "la filial",
      "una (empresa|compania|firma|tecnologica|startup|plataforma|marca|multinacional|operadora|fabricante|filial)",
      "un (grupo|gigante|fabricante|conglomerado)",
    ],
    after: [
      "s\\.a\\.",
      "s\\.l\\.",
      "sau",
      "inc\\.?",
      "ltd\\.?",
      "co\\.",
      "corp\\.?",
      "corporation",
      "gmbh",
      "ag",
      "plc",
      "llc",
      "holdings?",
    ],
  },
  effective: [
    "a partir del?",
    `(?<!${L})desde el`,
    `(?<!${L})hasta el`,
    "a contar (desde|del?)",
    "entrar(a|an)? en vigor",
    "entra en vigor",
    "con efecto",
    `efectiv${L}*`,
    "vigente",
    "hasta (el|finales de|fin de)",
    "con vigencia (desde|a partir)",
    "a partir de (este|el proximo|este proximo)",
    "a mas tardar",
    "plazo",
    "con fecha",
  ],
  dates: {
    // Also the words that mark a bare number as a year: "en 2014", "desde 2014", "a finales de 2021".
    connectors: [
      "de",
      "del",
      "el",
      "en",
      "ano",
      "del ano",
      "el ano",
      "desde",
      "hasta",
      "ya en",
      "mes de",
      "durante",
    ],
    lastMonth: ["pasado mes de", "pasado", "ultimo"],
    few: [
      "unos pocos",
      "unas pocas",
      "unos",
      "unas",
      "pocos",
      "pocas",
      "varios",
      "varias",
      "algunos",
      "algunas",
    ],
    numbers: {
      un: 1,
      una: 1,
      uno: 1,
      dos: 2,
      tres: 3,
      cuatro: 4,
      cinco: 5,
      seis: 6,
      siete: 7,
      ocho: 8,
      nueve: 9,
      diez: 10,
      once: 11,
      doce: 12,
      quince: 15,
      veinte: 20,
    },
    units: {
      // "desde entonces": the date last mentioned, from which a state lasts.
      "desde entonces": ["day", 0],
      dia: "day",
      dias: "day",
      semana: "week",
      semanas: "week",
      mes: "month",
      meses: "month",
      ano: "year",
      anos: "year",
      // "El mismo día": no count, the day of the date last mentioned.
      "mismo dia": ["day", 0],
      "misma jornada": ["day", 0],
    },
    relative: [
      { pattern: "(?=desde entonces){unit}", sign: 1, anchor: "previous" },
      { pattern: "{n} {unit} antes", sign: -1, anchor: "previous" },
      { pattern: "{n} {unit} (despues|mas tarde|luego)", sign: 1, anchor: "previous" },
      { pattern: "hace {n} {unit}", sign: -1, anchor: "publication" },
      { pattern: "{n} {unit} atras", sign: -1, anchor: "publication" },
      { pattern: "dentro de {n} {unit}", sign: 1, anchor: "publication" },
      // "La pasada semana", "el pasado año" ("el pasado mes de mayo" is May).
      { pattern: "(el|la) pasad[oa] (?!mes de){unit}", sign: -1, anchor: "publication" },
      // Only the zero-count units: "el dia" alone is not a date.
      {
        pattern: "(el|ese|esa|la|en la|aquel|aquella) (?=mism){unit}",
        sign: 1,
        anchor: "previous",
      },
      // "Al día siguiente", "la semana anterior": one unit after or before the date last mentioned.
      { pattern: "(al|el|la|a la) {unit} (siguiente|posterior)", sign: 1, anchor: "previous" },
      { pattern: "(el|la) {unit} (anterior|previ[oa])", sign: -1, anchor: "previous" },
    ],
    thatSuffix: [],
    sameYear: [
      "del mismo ano",
      "de ese (mismo )?ano",
      "de aquel ano",
      "ese mismo ano",
      "ese ano",
      "aquel ano",
    ],
    recent: [
      "recientemente",
      "hace poco",
      "en los ultimos dias",
      "estos dias",
      "ultimamente",
      "hace unos dias",
    ],
    // "Marzo del año pasado": CLDR's "el año pasado" cannot follow "del".
    years: { "del ano pasado": -1, "de este ano": 0, "del ano proximo": 1 },
    approximate: [
      "principios",
      "mediados",
      "finales",
      "fines",
      "comienzos",
      "inicios",
      "principios del",
      "mediados del",
      "finales del",
      "fines del",
      "hacia",
      "alrededor de",
      "aproximadamente",
      "cerca de",
    ],
  },
  boilerplate: [
    "publicidad",
    "→",
    "etiquetas\\s*:",
    "temas\\s*:",
    "actualizado",
    "imprimir",
    "enviar por (correo|e-?mail)",
    "(foto|imagen)\\s*\\(",
    "todos los derechos reservados",
    "compartir",
    "comparte",
    "comparte esta noticia",
    "lee tambien",
    "lea tambien",
    "leer mas",
    "ver mas",
    "mira tambien",
    "te puede interesar",
    "foto:",
    "imagen:",
    "fotografia:",
    "suscribete",
    "suscribase",
    "boletin",
    "newsletter",
    "cookies?",
    "utilizamos cookies",
    "siguenos",
    "archivado en",
  ],
  stopAt: [
    "(lee|lea|ver|mira) tambien\\s*:?\\s*$",
    "noticias relacionadas",
    "articulos relacionados",
    "contenido relacionado",
    "relacionad[oa]s?",
    "tambien te puede interesar",
    "te puede interesar",
    "deja (un|tu) comentario",
    "dejar un comentario",
    "comentarios?",
    "lo mas leido",
    "mas noticias",
    "mas informacion",
    "otras noticias",
  ],
  outlet: [
    "^fuente\\s*:\\s*(?<outlet>[^\\n]{2,80}?)\\s*$",
    "^\\(?(?<outlet>efe|europa press|afp|reuters|ap|bloomberg|xinhua)\\)?\\s*[-—–]",
    "apareci[oó] primero en (?<outlet>[^\\n]{2,80}?)\\.?\\s*$",
    "se public[oó] primero en (?<outlet>[^\\n]{2,80}?)\\.?\\s*$",
  ],
};
