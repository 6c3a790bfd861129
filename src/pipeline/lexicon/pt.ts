import type { Lexicon } from "./types.ts";

const L = "\\p{gc=L}";
/** A word ends here: "fecha" must not run on into a longer word. */
const E = `(?!${L})`;

/** Each service noun must end a word: "fabrica" is not "fabricante". */
const wordEnd = (nouns: Record<string, string[]>) =>
  Object.fromEntries(
    Object.entries(nouns).map(([label, list]) => [label, list.map((noun) => `(?:${noun})${E}`)]),
  );

// "China" as a market right after a verb of leaving: "deixa a China", "sai do mercado chinês".
const CHINA_MARKET =
  "(a |o |da |do |na |no )?(mercado chines|mercado da china|china( continental)?|gigante asiatico|republica popular( da china)?|pais asiatico)";
const ADVERB =
  "((completamente|definitivamente|totalmente|oficialmente|de vez|de forma definitiva) )?";

// Verbs of stopping in most tenses: suspende, suspendeu, suspenderá, suspender, suspenso…
const STOP = `(suspend${L}*|suspens[oa]s?|interromp${L}*|interrompid${L}*|paralis${L}*|congel${L}*|cancel${L}*|encerr${L}*|poe fim a|pos fim a|pora fim a|por fim a|poem fim a|puseram fim a)`;
// "deixa de", "deixou de", "deixará de", "para de", "parou de", "cessa".
const CEASE = `(deix(a|am|ou|aram|ara|arao|ar|ando|e|em|asse|assem|aria|ariam) de|par(a|am|ou|aram|ara|arao|ar|ando|asse|assem) de|cess(a|am|ou|aram|ara|ar|asse|assem) de)`;

/** Portuguese (folded: ã → a, ç → c, ê → e; º → o). */
export const pt: Lexicon = {
  language: "pt",
  spaced: true,
  adjectivesFollow: true,
  countries: {
    eua: "US",
    "estados unidos": "US",
    "coreia do sul": "KR",
    taiwan: "TW",
    "hong kong": "HK",
    "reino unido": "GB",
    russia: "RU",
    india: "IN",
    japao: "JP",
  },
  nouns: {
    service: wordEnd({
      store: [
        `lojas?${E}`,
        "livrarias?",
        "pontos? de venda",
        "concessionarias?",
        // "o shopping virtual que mantinha na China": an online mall.
        "shopping (virtual|online)",
        `marketplaces?${E}`,
      ],
      website: [
        "sites?",
        "paginas?",
        `portal${E}`,
        "portais",
        `versao (local|chinesa|em chines|para a china)`,
        `versoes (locais|chinesas)`,
        `redes? socia(l|is)${E}`,
        "buscador(es)?",
        "mecanismo de busca",
      ],
      service: [`servicos?${E}`, `plataformas?${E}`, "loja de aplicativos", `anuncios${E}`],
      app: [`aplicativos?${E}`, `aplicac(ao|oes)${E}`, `apps?${E}`],
      office: [
        "escritorios?",
        "estudios? de (desenvolvimento|jogos|games|videogames)",
        "fabricas?",
        `plantas?${E}`,
        "centros? de (dados|pesquisa|desenvolvimento|p&d|inovacao)",
        `sedes?${E}`,
        "laboratorios?",
        "instalacoes",
        "unidades? (fabril|fabris|de producao)",
        // "a equipe de P&D em Xangai": a team named by its work, never "a equipe" alone.
        "equip(e|es|a|as) (de |da )?(p&d|i&d|pesquisa( e desenvolvimento)?|investigacao( e desenvolvimento)?|desenvolvimento|desenvolvedores|engenharia|engenheiros|software)",
        "(divis(ao|oes)|departamentos?|unidades?) (de )?(p&d|i&d|pesquisa( e desenvolvimento)?|desenvolvimento)",
      ],
      production: ["producao", "fabricacao"],
      business: [
        `operac(ao|oes)${E}`,
        `filia(l|is)${E}`,
        "subsidiarias?",
        `negocios?${E}`,
        "atividades",
      ],
      product: [`produtos?${E}`, `(video)?games?${E}`, `jogos?${E}`, `servidores${E}`],
    }),
    merchant: [
      `vendedores?${E}`,
      `lojistas?${E}`,
      `comerciantes?${E}`,
      `varejistas?${E}`,
      `fornecedores?${E}`,
      `marcas${E}`,
      `sellers?${E}`,
      `revendedores?${E}`,
      `distribuidores?${E}`,
      "lojas de (vendedores|terceiros|lojistas)",
      "contas de (vendedores|lojistas)",
    ],
    relation: [
      `parcerias?${E}`,
      `acordos?${E}`,
      `alianc(a|as)${E}`,
      `colaborac(ao|oes)${E}`,
      `cooperac(ao|oes)${E}`,
      `contratos?${E}`,
      `licenc(a|as)${E}`,
      `lacos${E}`,
      `vinculos?${E}`,
      `relac(ao|oes)( comercia(l|is))?${E}`,
      `integrac(ao|oes)${E}`,
      "joint ventures?",
      "empresas? conjuntas?",
      `convenios?${E}`,
      `pactos?${E}`,
    ],
    stake: [
      `participac(ao|oes)(?! (de|no|do) mercado)( acionaria)?${E}`,
      `fatias?(?! (de|do) mercado)${E}`,
      `acoes${E}(?! proprias)`,
      "pacote de acoes",
      `\\d+([,.]\\d+)? ?(%|por ?cento) (do|de) (capital|acoes)`,
    ],
  },
  actions: [
    // Exit: "deixa a China", "sai do mercado chinês", "retira-se da China", "a saída da China".
    {
      type: "exit",
      pattern: `(deix(a|am|ou|aram|ara|arao|ar|ando|e|em)|sa(i|em|iu|iram|ira|irao|ir|indo|ia|iam)|retir(a|am|ou|aram|ara|ar|ando)-se|se retir${L}*|abandon${L}*|despede-se|se despede|despediu-se) ${ADVERB}(de |da |do )?${CHINA_MARKET}${E}`,
    },
    {
      type: "exit",
      pattern: `(saida|retirada|abandono|despedida|adeus) (definitiva |total )?(d[ao] [${L}\\d.&-]+( [${L}\\d.&-]+)? )?(de|da|do) ${CHINA_MARKET}${E}`,
    },
    {
      type: "exit",
      pattern: `(encerr${L}*|cess${L}*|poe fim a|pos fim a|pora fim a|por fim a|termin(a|ou|ara|ar)|fech(a|ou|ara|ar)|desmont${L}*) (todas )?(as )?(suas|as) (operacoes|atividades)${E}(?! (d[aeo]s?|de sua|de seu)${E})`,
    },
    {
      type: "exit",
      pattern: `(fim|encerramento) (de|das) (todas )?(as )?(suas )?(operacoes|atividades) (na|no|em) ${CHINA_MARKET}${E}`,
    },
    { type: "exit", pattern: `(faz|fez|fara|fazer|fazendo|fazem|fizeram) as malas${E}` },

    // Business with a named party stopped: "suspende os negócios com a Huawei", "não fornecerá à Huawei".
    {
      type: "partnership-cut",
      pattern: `(${STOP}|cort(a|am|ou|aram|ara|ar|ando)${E}|romp${L}*) (os |as |seus |suas |todos os |todas as |qualquer )?(negocios|transacoes|fornecimentos?|relacoes comerciais|relacao comercial|comercio|envios|vendas) (com|a|ao|para) (?!(a |o |os |as )?(china|russia|clientes|consumidores)${E})`,
    },
    {
      type: "partnership-cut",
      pattern: `nao (fornecer${L}*|vender${L}*) mais (a|ao|para) (?!(china|russia|clientes|consumidores)${E})`,
    },
    // Sales halt, direct sales first.
    {
      type: "sales-halt",
      pattern: `(${CEASE}|${STOP}) (de )?vender diretamente`,
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: `${STOP} (as |suas |todas as )?vendas? diretas?`,
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: `nao (poderao|podera|podem|conseguirao) (mais )?(comprar|adquirir) … diretamente`,
      what: "direct sales",
    },
    // "Deixa de oferecer o seu serviço de tradução": the service closes, nothing stops selling.
    {
      type: "shutdown",
      pattern: `${CEASE} (oferecer|prestar|fornecer|operar|disponibilizar) (o seu |os seus |a sua |as suas |seu |seus |sua |suas |o |os |a |as )(servicos?|aplicativos?|aplicac(ao|oes)|apps?|plataformas?|buscador|motor de busca|tradutor|rede social|site|versao|ferramenta|funcao)${E}`,
    },
    // A licence now required to export (or sell) there halts the sales.
    // "o governo holandês revogou parte das licenças de exportação".
    {
      type: "sales-halt",
      pattern: `(revog${L}*|retir${L}*|anul${L}*|cancel${L}*) … licen[cs]as?${E}|licen[cs]as?${E} … (revogad|retirad|anulad|cancelad)${L}*|exigencia de licen[cs]a${E}`,
      what: "export licence",
    },
    {
      type: "sales-halt",
      pattern: `(exig${L}*|requer${L}*|impo(e|s|r|sto|sta)${E}|impus${L}*|necessit${L}*|obrig${L}*) … licen[cs]as? (para (a )?(exportacao|exportar|vender|enviar|fornecer)|de exportacao)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `${CEASE} (vender|comercializar|distribuir|fornecer|exportar|enviar|oferecer|entregar)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `${STOP} (as |suas |a |sua |todas as |os |seus |o )?(vendas?|envios|exportac(ao|oes)|fornecimentos?|entregas|distribuicao|comercializacao|pedidos|remessas)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `(suspensao|interrupcao|paralisacao|congelamento|fim|encerramento) (da|das|de|do|dos) (suas? )?(vendas?|envios|exportac(ao|oes)|fornecimentos?|entregas|distribuicao|comercializacao)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `nao (vende|vendem|vendera|venderao|comercializa${L}*|oferece|oferecera|distribui) mais${E}`,
    },
    {
      type: "sales-halt",
      pattern: `nao (poderao|podera|podem|conseguirao) mais (comprar|adquirir|encomendar)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `(retir${L}*|tir(a|ou|ara|ar)) … (de venda|das lojas|das prateleiras|do catalogo)`,
    },

    {
      type: "sales-halt",
      pattern: `(ja )?nao (podera|poderao|pode|podem) (mais )?(vender|exportar|enviar|fornecer|comercializar|distribuir)${E}`,
    },
    // Restrictions on sign-ups and features.
    {
      type: "restriction",
      pattern: `(limit${L}*|restring${L}*|restrit[oa]s?|${STOP}|fech(a|ou|ara|ar)|bloque${L}*) … (os |o )?(cadastros?|registros?|inscric(ao|oes)|novos usuarios|novas contas|novos clientes|novos assinantes)${E}`,
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `${CEASE} (aceitar|admitir|cadastrar|registrar|permitir) … (novos|novas) (usuarios|clientes|contas|cadastros|assinantes|dominios|enderecos)${E}`,
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `nao (aceita|aceitara|aceitarao|admite|permite|permitira) (mais )?(novos|novas) (usuarios|cadastros|clientes|contas|assinantes)${E}`,
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `(limit${L}*|restring${L}*|restringi${L}*|desativ${L}*|desabilit${L}*|remov${L}*|bloque${L}*|cort(a|ou|ara|ar)) … (o |a |os |as )?(acesso|func(ao|oes)|funcionalidades?|recursos?|opc(ao|oes)|configurac(ao|oes))${E}`,
      what: "access",
    },
    {
      type: "restriction",
      pattern: `(acesso|func(ao|oes)|funcionalidades?|recursos?) (limitad|restrit|desativad|desabilitad)[oa]s?${E}`,
      what: "access",
    },

    {
      type: "restriction",
      pattern: `(retir${L}*|remov${L}*|elimin${L}*|exclu${L}*|apag${L}*|tir(a|ou|aram|ar)${E}|desaparec${L}*|faz limpeza|fez limpeza) …… (da|do|de|na|no) ?(sua |seu )?(versao chinesa (da|do) (sua |seu )?)?(app store|loja (de aplicativos|de aplicacoes|chinesa|digital|online)|play store|store)${E}`,
      what: "apps from its store",
    },
    {
      type: "restriction",
      pattern: `(ja )?nao (esta|estao|estara|estarao|estava|estavam) (mais )?disponive(l|is) (na|em|para os usuarios (na|da)|para usuarios (na|da)|para) (china|chines)`,
      what: "access",
    },
    {
      type: "restriction",
      pattern: `(limit${L}*|restring${L}*|bloque${L}*|cort${L}*) … (o )?(trafego|api|acesso a (sua )?api)${E}`,
      what: "access",
    },
    // Seller bans.
    {
      type: "seller-ban",
      pattern: `(ban(e|em|iu|iram|ira|ir|ido|indo)|proib${L}*|vet(a|ou|aram|ar|ado)|expuls${L}*|bloque${L}*|suspend${L}*|suspens[oa]s|fech(a|ou|ara|ar|ou)|remov${L}*|retir${L}*|exclu${L}*|descredenci${L}*|pun(e|iu|ir)) … {merchant}`,
      what: "sellers",
    },
    {
      type: "seller-ban",
      pattern: `{merchant} … (foram|sao|serao|ficaram) (banid|bloquead|suspens|removid|expuls|excluid|proibid|descredenciad)[oa]s`,
      what: "sellers",
    },

    // Partnership cuts.
    {
      type: "partnership-cut",
      pattern: `nao (poderao|podera|podem|conseguirao) mais (fazer login|entrar|conectar-se|acessar com)${E}`,
      what: "log-in integration",
    },
    {
      type: "partnership-cut",
      pattern: `(romp${L}*|cort(a|am|ou|aram|ara|ar|ando)${E}|cancel${L}*|rescind${L}*|suspend${L}*|suspens[oa]s?|encerr${L}*|termin(a|am|ou|aram|ara|ar)${E}|congel${L}*|anul${L}*|revog${L}*|retir${L}*|poe fim a|pos fim a|pora fim a|por fim a|poem fim a|desfaz${L}*|desfez|dissolv${L}*|interromp${L}*|nao renov${L}*) … {relation}`,
    },
    {
      type: "partnership-cut",
      pattern: `nao (\\S+ )?renov${L}* (\\S+ ){0,3}?{relation}`,
    },
    {
      type: "partnership-cut",
      pattern: `(fim|rompimento|ruptura|cancelamento|suspensao|rescisao|encerramento|revogacao|anulacao|congelamento) (de|da|do|das|dos) (sua |seu |suas |seus )?{relation}`,
    },
    {
      type: "partnership-cut",
      pattern: `${CEASE} (colaborar|cooperar|trabalhar|fazer negocios|negociar) com${E}`,
    },
    {
      type: "partnership-cut",
      pattern: `{relation} … (foi|foram|sera|serao|e|sao|esta|estao) (revogad|suspens|rompid|cancelad|encerrad|rescindid|interrompid|anulad|congelad)[oa]s?${E}`,
    },

    // Divestment.
    // A unit spun off as a company of its own leaves the parent: a divestment.
    { type: "divestment", pattern: `(cisao|desmembr${L}*)` },
    {
      type: "divestment",
      pattern: `(vend(e|em|eu|eram|era|erao|er|ido|endo|a|am)|cede|cedem|cedeu|cedera|ceder|transfer(e|iu|ira|ir)|desinvest${L}*|alien(a|ou|ara|ar)|se desfaz de|se desfez de|desfazer-se de|desfez-se de|desfaz-se de) ((ao|a|para o|para a|para) (\\S+ ){1,5}?)?(toda a |todas as |parte de |o restante de |o resto de |alguns |algumas |(os |a )?\\d+([.,]\\d+)? ?(%|por cento) (de |da |do |das |dos )|o controle (de |da |do )|a maioria (de |da |do ))?(a |o |as |os |sua |seu |suas |seus |uma |um )?([${L}-]+ )?(participac(ao|oes)|negocios?|filia(l|is)|divis(ao|oes)|unidades?|operac(ao|oes)|acoes|subsidiarias?|fatias?|ativos|infraestruturas?|servidores|centros de dados|fabricas?|{stake})${E}`,
    },
    {
      type: "divestment",
      pattern: `(venda|desinvestimento|cessao|transferencia|alienacao|cisao) (de|da|do|das|dos) (toda a |parte da )?(sua |seu |suas |seus )?([${L}-]+ )?(participacao|negocio|filial|divisao|unidade|operacao|operacoes|acoes|subsidiaria|fatia)${E}`,
    },
    {
      type: "divestment",
      pattern: `(sai|saiu|saira|sair) do (capital|quadro acionario|quadro de acionistas) d[ae]${E}`,
    },

    // Stakes taken (other).
    // "Didi vai adquirir as operações do Uber": a sale told from the buyer's side is the seller's.
    {
      type: "divestment",
      pattern: `(adquir${L}*|compr(a|am|ou|aram|ara|arao|ar)|assum(e|iu|ira|ir)) (o controle d(as|os|a|o) |a totalidade d(as|os|a|o) )?(as |os |a |o )?(operac(ao|oes)|negocios?|atividades|unidades?|filia(l|is)|subsidiarias?|ativos) (chines${L}* |locais |local )?(d[oa]s?|de) `,
      sellerAfter: true,
    },
    // "A BYD vai comprar a fábrica da Jabil em Chengdu": told from the buyer's side.
    {
      type: "divestment",
      pattern: `(adquir${L}*|compr(a|am|ou|aram|ara|arao|ar)|assum(e|iu|ira|ir)) (o controle d(as|os|a|o) |a totalidade d(as|os|a|o) |uma participacao (majoritaria )?(de \\d+([,.]\\d+)? ?(%|por cento) )?(em|n[oa]s?) |a maioria d(as|os|a|o) )?(as |os |a |o |duas |dois )?(fabricas?|plantas?|usinas?|instalac(ao|oes)|operac(ao|oes)|negocios?|atividades|unidades?|filia(l|is)|subsidiarias?|ativos)( (chines${L}*|locais|local|industria(l|is)|fabri(l|s)))?( (em|no|na) \\S+)? (d[oa]s?|de) `,
      sellerAfter: true,
    },
    // "As operações chinesas da Jabil serão vendidas à BYD": the owner before is the seller.
    {
      type: "divestment",
      pattern: `(operac(ao|oes)|negocios?|unidades?|filia(l|is)|fabricas?|divis(ao|oes)|participac(ao|oes))( \\S+){0,4}? (sera|serao|foi|foram|e|sao|vai ser|vao ser) (\\S+ )?(vendid[oa]s?|transferid[oa]s?|repassad[oa]s?) (a|ao|aos|as|para)${E}`,
    },
    {
      type: "other",
      pattern: `(adquir${L}*|compr(a|am|ou|aram|ara|arao|ar|ado)|obt(em|eve|era|er|ido)${E}|receb${L}*|fic(a|ou|ara|ar) com|assum(e|iu|ira|ir) (o controle|uma participacao)|em troca de) … {stake}`,
      what: "buys a stake in",
    },
    {
      type: "other",
      pattern: `(adquir${L}*|compr(a|am|ou|aram|ara|arao|ar|ado)) (os |o |uma |um )?\\d+([,.]\\d+)? ?(%|por ?cento)`,
      what: "buys a stake in",
    },
    {
      type: "other",
      pattern: `(entra|entrou|entrara|entrar) (no|para o) (capital|quadro acionario) d[ae]${E}`,
      what: "buys a stake in",
    },
    {
      type: "other",
      pattern: `(investe|investem|investiu|investiram|investira|investirao|investir|investido) … (em|na|no) (?!(o|a|os|as|seu|sua|seus|suas|um|uma|novos?|novas?|este|esta|china|pequim|xangai|shenzhen|p&d|pesquisa|desenvolvimento|infraestrutura|pais|regiao|mercado|setor|area|fabrica|producao|expansao|construcao|tecnologia|inteligencia|empresa|companhia|startup|compra|aquisicao)${E})`,
      what: "invests in",
    },

    // Blocked by the Chinese state.
    // Blocked by the Chinese state, named by its country: "a China proibiu o Windows 8".
    // "O Bing recebeu ordem para suspender": told to by the state.
    {
      type: "blocked",
      pattern: `(recebeu|receberam) (a )?ordem (de|para) (suspender|interromper|remover|fechar|desativar|bloquear)|(foi|foram) (obrigad|forcad)[oa]s? a (suspender|interromper|remover|fechar|desativar)`,
    },
    {
      type: "blocked",
      pattern: `(a )?china (tinha |vai |anunciou que vai |decidiu )?(proib${L}*|bloque${L}*|ban(e|iu|ira|ir)${E}|vet(a|ou|ara)${E})`,
    },
    {
      type: "blocked",
      pattern: `(governo|autoridades|reguladore?s|regulador|pequim|censores|censura|ciberespaco|cac|ministerio|orgao regulador|tribunal)${E} … (bloque${L}*|proib${L}*|vet(a|ou|aram|ar|ado)${E}|censur${L}*|ban(e|iu|ir|ido)${E}|orden${L}* … (remover|retirar|remocao|retirada|fechar|bloquear)|sancion${L}*|pun(e|iu|ir)${E})`,
    },
    {
      type: "blocked",
      pattern: `(bloquead|proibid|censurad|vetad|banid|inacessive)${L}* (na|em|pela|pelo|no) (china|pequim|governo chines|pais)${E}`,
    },
    {
      type: "blocked",
      pattern: "grande (firewall|muralha (digital|da internet|eletronica))",
      backdrop: true,
    },

    {
      type: "blocked",
      pattern: `(fic(a|ou|am|aram|ara)|esta|estao|estava|estavam|foi|foram|continua|continuam|permanece${L}*|tornou-se|torna-se) (praticamente |totalmente |completamente |parcialmente )?(inacessive(l|is)|bloquead[oa]s?|censurad[oa]s?|vetad[oa]s?|banid[oa]s?|suspens[oa]s? a pedido)${E}`,
    },
    {
      type: "blocked",
      pattern: `(a pedido|por ordem|por exigencia|a mando|por determinacao|sob pressao|a pedidos|por imposicao) (de |do |da |dos |das )(regulador(es)?|autoridades|governo|pequim|censores|administracao|orgao regulador)${E}`,
    },
    {
      type: "blocked",
      pattern: `(obrig${L}*|forc${L}*|orden${L}*|mand${L}*|determin${L}*) (a |o |os |as )?([${L}-]+ )?a (fechar|encerrar|retirar|remover|suspender|bloquear|desativar)${E}`,
    },
    {
      type: "other",
      pattern: `(desist${L}*|abandon${L}*|renunci${L}*) … ((da|de|a) )?(comprar|adquirir|compra|aquisicao|fusao|oferta|operacao)${E}`,
      what: "abandons a deal",
    },
    {
      type: "divestment",
      pattern: `(cisao|spin-?off|separ${L}*|desmembr${L}*|transfer${L}*) … (em|para) uma (empresa|sociedade|entidade|companhia|joint venture) (independente|autonoma|separada|local)${E}`,
    },
    // "stopped making TVs in China": production there ends.
    {
      type: "shutdown",
      pattern: `(deix${L}* de|par${L}* de|cess${L}* de) (fabricar|produzir|montar)`,
      what: "production",
    },
    // Shutdowns, last: they are the most generic.
    {
      type: "shutdown",
      pattern: `(fech(a|am|ou|aram|ara|arao|ar|ando|ado|adas?)|encerr${L}*|deslig${L}*|desativ${L}*|suspend${L}*|descontinu${L}*|tir${L}* do ar|poe fim a|pos fim a|pora fim a|por fim a|retir${L}*|desmont${L}*|dissolv${L}*) … {service}`,
    },
    {
      type: "shutdown",
      pattern: `(o |ao )?(fechamento|encerramento|desligamento|desativacao|fim|descontinuacao|dissolucao) (de|da|do|das|dos) (sua |seu |suas |seus )?([${L}-]+ )?{service}`,
    },
    {
      type: "shutdown",
      pattern: `{service} (deixara|deixarao|deixou|deixaram|deixa|deixam|vai deixar|vao deixar) de (funcionar|operar|estar disponive(l|is))${E}`,
    },
    // "encerrar o Fortnite na China": the service is named, not described.
    {
      type: "shutdown",
      pattern: `(encerr${L}*|deslig${L}*|desativ${L}*|descontinu${L}*) ((o|a|os|as) )?(?!(o|a|os|as|ano|anos|trimestre|semestre|mes|dia|periodo|exercicio|pregao|evento|acordo|negociacao|negociacoes|conversas|visita|viagem|jogo|partida)${E})[${L}\\d-]+( [${L}\\d-]+)? (na|no|em) ${CHINA_MARKET}${E}`,
    },
    // "Retira o LinkedIn da China": one product or service withdrawn from the market.
    {
      type: "shutdown",
      pattern: `retir${L}* … (da china|do mercado chines)${E}`,
    },
    // "a IBM vendeu sua divisão de PCs à chinesa Lenovo": a sale of anything to a buyer the text names as Chinese, or that is
    // a Chinese company, is a divestment toward China; to anyone else it is not read here.
    {
      type: "divestment",
      pattern: `(vend${L}*|repass${L}*) (\\S+ ){1,10}?(a|ao|para)${E}`,
      buyerChinese: true,
    },
  ],
  china: [
    // A Chinese domain names the China site: "google.cn".
    `([a-z0-9-]+\\.)+cn${E}`,
    `chin(a|as|es|esa|esas|eses)${E}`,
    "pequim",
    "beijing",
    "xangai",
    "shanghai",
    "shenzhen",
    "hangzhou",
    "cantao",
    "guangzhou",
    "wuhan",
    "chengdu",
    "dalian",
    "china continental",
    "gigante asiatico",
    "republica popular da china",
  ],
  mainland: ["china continental", `continental${E}`],
  anaphors: [
    "a empresa",
    "a companhia",
    "a fabricante",
    "a plataforma",
    "o grupo",
    "a gigante",
    "o gigante",
    "a marca",
    "a rede social",
    "o aplicativo",
    "a startup",
    "a multinacional",
    "a varejista",
    "a desenvolvedora",
    "a big tech",
    "a americana",
    "a norte-americana",
    "a californiana",
    "a companhia americana",
    "a empresa americana",
    "a japonesa",
    "a sul-coreana",
  ],
  hedges: [
    // A move denied: "Steam has not been banned".
    `nao (foi|foram|esta|estao|tem sido|sera) (bloquead|banid|proibid|censurad|fechad|retirad)${L}*`,
    // An individual user's account closed is not a move in the market.
    `(fech|suspend|bloque|cancel)${L}*,? (\\S+ ){0,10}?(as |suas |algumas )?contas (de|do|da|dos|das)`,
    // A condition, not a move: "unless the company sells its stake".
    "a (menos|nao ser) que",
    "poderiam?",
    "teriam?",
    "estariam?",
    "deveriam?",
    `pode (ser|vir a|estar|acabar)${E}`,
    // "está considerando sair", not "países que considera sem suporte" (that it regards as).
    `(esta|estao|estava|estavam|vem) considerando${E}`,
    `(considera|consideram|considerando) (a possibilidade|a hipotese|a opcao)${E}`,
    `(considera|consideram|considerando) (\\S+ )?(sair|fechar|encerrar|vender|deixar|suspender|retirar|interromper)${E}`,
    `(estuda|estudam|estudando)${E}`,
    `(avalia|avaliam|avaliando)${E}`,
    `cogit${L}*`,
    `rumor${L}*`,
    `boato${L}*`,
    `neg(ou|a|am|aram)${E}`,
    `desment${L}*`,
    `negociac(ao|oes)${E}`,
    `negocia(m|ndo)?${E}`,
    "conversas",
    `(?<!(uma|a) )amea(ca|cam|cou|caram|cando)${E}`,
    `(?<!${L})se (o|a|os|as|nao) `,
    `(?<!${L})caso (o|a|os|as|nao) `,
    "segundo rumores",
    // Sources alone report a fact; with the conditional of hearsay or a plan they report talk.
    "(segundo (fontes|relatos|pessoas)|fontes (proximas|ligadas|familiarizadas))[^.]{0,80}?(estaria|estariam|teria|teriam|poderia|poderiam|planeja|planejam|considera|consideram|avalia|avaliam)",
    "relatos de que",
    "nao confirmou",
    `especul${L}*`,
    "supostamente",
    "alegadamente",
    "nao descarta",
  ],
  precedent: ["apos", "depois (de|da|do)", "como", "assim como", "a exemplo (de|da|do)"],
  background: [
    "(ja|tinha|tinham|havia|haviam) (ja )?(tinha|tinham|havia|haviam)",
    "anteriormente",
    "previamente",
    "no passado",
    "na epoca",
    "na altura",
    "em seu tempo",
    "(anos|meses|dias) (depois|mais tarde|antes)",
    "no ano seguinte",
    "desde entao",
    "antes disso",
    "naquela (epoca|altura|ocasiao)",
    "na ocasiao",
    "ha (alguns|varios|\\d+|dois|tres|dez) anos",
    "nao e a primeira vez",
    "pela primeira vez",
    "ja em",
    "vale lembrar",
    "lembre-se",
  ],
  // Getting round a block, beside a name of the Great Firewall: "apps to get around it".
  // China as where something moves to: "to move production to China".
  relocation: ["(transfer|mud|desloc|realoc)\\S* (\\S+ ){0,5}?(para|a) (a )?"],
  // A sale's buyer follows these: "à sul-coreana SK Hynix".
  buyerBefore: ["a", "ao", "aos", "para"],
  circumvent: [
    "contorn\\p{L}*",
    "dribl\\p{L}*",
    "burl\\p{L}*",
    "fur\\p{L}*",
    "escap\\p{L}*",
    "evit\\p{L}*",
    "pul\\p{L}*",
    "driblar",
  ],
  entries: [
    `lanc${L}*`,
    `desembarc${L}*`,
    "entr(a|ar|ou|ara|am|aram) no mercado",
    "cheg(a|ar|ou|ara) a china",
    "chegada a china",
    `(abr(e|em|iu|ira|ir)|abert[oa]s?|inaugur${L}*)${E}`,
    `expan${L}*`,
    `amplia${L}* (sua|a sua) (presenca|operacao|operacoes)`,
    "reforca (sua|a sua) presenca",
    "(volta|voltara|retorna|retornara|regressa) (a|para a|ao mercado) chin",
    "(o )?(retorno|regresso) (a|ao mercado) chin",
    `(se instala|se estabelece|instala-se|estabelece-se)${E}`,
  ],
  companyMarkers: {
    before: [
      "a (empresa|companhia|firma|tecnologica|startup|plataforma|marca|multinacional|operadora|fabricante|gigante)",
      "o (grupo|gigante|fabricante|conglomerado|buscador|portal|estudio|desenvolvedor)",
      "a subsidiaria",
      "uma (empresa|companhia|firma|tecnologica|startup|plataforma|marca|multinacional|operadora|fabricante|subsidiaria)",
      "um (grupo|gigante|fabricante|conglomerado)",
    ],
    after: [
      "s\\.a\\.",
      "s/a",
      "ltda\\.?",
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
  // Words that put a sentence after the day of writing.
  future: ["vai", "vao", "ira", "irao", "sera", "serao"],
  effective: [
    "a partir d?[aoe]",
    "a contar d[aoe]",
    `(?<!${L})ate (o|a|ao|dia)?`,
    "entra(ra|rao)? em vigor",
    "com efeito",
    `efetiv${L}*`,
    "vigente",
    "o mais tardar",
    `(?<!${L})prazo`,
    "com data",
  ],
  dates: {
    // Also the words that mark a bare number as a year: "em 2014", "desde 2012", "no final de 2021".
    // "1º de novembro": the ordinal mark folds to "o".
    connectors: [
      "de",
      "do",
      "da",
      "em",
      "no",
      "o",
      "°",
      "ano",
      "o ano",
      "no ano de",
      "desde",
      "ate",
      "mes de",
      "durante",
      "ja em",
    ],
    lastMonth: ["ultimo mes de", "passado", "ultimo"],
    few: ["alguns", "algumas", "poucos", "poucas", "uns", "umas", "varios", "varias"],
    numbers: {
      um: 1,
      uma: 1,
      dois: 2,
      duas: 2,
      tres: 3,
      quatro: 4,
      cinco: 5,
      seis: 6,
      sete: 7,
      oito: 8,
      nove: 9,
      dez: 10,
      onze: 11,
      doze: 12,
      quinze: 15,
      vinte: 20,
    },
    units: {
      // "desde entao": the date last mentioned, from which a state lasts.
      "desde entao": ["day", 0],
      dia: "day",
      dias: "day",
      semana: "week",
      semanas: "week",
      mes: "month",
      meses: "month",
      ano: "year",
      anos: "year",
      // "No mesmo dia": no count, the day of the date last mentioned.
      "mesmo dia": ["day", 0],
    },
    relative: [
      { pattern: "(?=desde entao){unit}", sign: 1, anchor: "previous" },
      { pattern: "{n} {unit} antes", sign: -1, anchor: "previous" },
      { pattern: "{n} {unit} (depois|mais tarde)", sign: 1, anchor: "previous" },
      { pattern: "ha {n} {unit}", sign: -1, anchor: "publication" },
      { pattern: "{n} {unit} atras", sign: -1, anchor: "publication" },
      { pattern: "(daqui a|dentro de) {n} {unit}", sign: 1, anchor: "publication" },
      // Only the zero-count unit: "o dia" alone is not a date.
      { pattern: "(no|o|nesse|naquele|neste) (?=mesmo dia){unit}", sign: 1, anchor: "previous" },
      // "No dia seguinte", "a semana anterior": one unit after or before the date last mentioned.
      { pattern: "(no|o|na|a) {unit} (seguinte|posterior)", sign: 1, anchor: "previous" },
      { pattern: "(no|o|na|a) {unit} anterior", sign: -1, anchor: "previous" },
    ],
    thatSuffix: [],
    sameYear: [
      "do mesmo ano",
      "daquele ano",
      "desse (mesmo )?ano",
      "naquele ano",
      "no mesmo ano",
      "nesse (mesmo )?ano",
    ],
    recent: ["recentemente", "ha pouco", "nos ultimos dias", "ultimamente", "ha poucos dias"],
    // "Março do ano passado": CLDR's "ano passado" after "do".
    years: { "do ano passado": -1, "deste ano": 0, "do ano que vem": 1 },
    approximate: [
      "inicio",
      "meados",
      "final",
      "fim",
      "fins",
      "comeco",
      "inicio do",
      "final do",
      "fim do",
      "por volta de",
      "cerca de",
      "aproximadamente",
    ],
  },
  boilerplate: [
    "publicidade",
    "compartilhe",
    "compartilhar",
    "leia (tambem|mais)",
    "veja (tambem|mais)",
    "saiba mais",
    "foto:",
    "imagem:",
    "assine",
    "inscreva-se",
    "newsletter",
    "cookies?",
    "este site (utiliza|usa) cookies",
    "siga-nos",
    "publicado em",
    "atualizado em",
  ],
  stopAt: [
    "leia (tambem|mais)\\s*:?\\s*$",
    "veja (tambem|mais)\\s*:?\\s*$",
    "noticias relacionadas",
    "materias relacionadas",
    "relacionad[oa]s",
    "deixe (seu|um|o seu) comentario",
    "comentarios?",
    "mais lidas",
    "mais noticias",
  ],
  outlet: [
    "^fonte\\s*:\\s*(?<outlet>[^\\n]{2,80}?)\\s*$",
    "^\\(?(?<outlet>ag[eê]ncia brasil|estad[aã]o conte[uú]do|folhapress|lusa|reuters|afp|ap|efe|bloomberg|xinhua)\\)?\\s*[-—–]",
    "apareceu primeiro em (?<outlet>[^\\n]{2,80}?)\\.?\\s*$",
  ],
};
